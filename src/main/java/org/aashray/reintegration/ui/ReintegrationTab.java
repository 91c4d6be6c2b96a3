package org.aashray.reintegration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/**
 * Everything about one resident's way home: readiness, verifications, follow-ups, repatriation. Any save in one
 * part renders the whole tab again, because the parts depend on each other (a recorded visit makes her ready).
 */
class ReintegrationTab extends VerticalLayout {

    private final ResidentSummary resident;
    private final ReadinessService readiness;
    private final VerificationService verifications;
    private final FollowUpService followUps;
    private final RepatriationService repatriations;
    private final HomeStaffDirectory staff;
    private final boolean careManager;
    private final Clock clock;

    ReintegrationTab(ResidentSummary resident, ReadinessService readiness, VerificationService verifications,
                     FollowUpService followUps, RepatriationService repatriations, HomeStaffDirectory staff,
                     boolean careManager, Clock clock) {
        this.resident = resident;
        this.readiness = readiness;
        this.verifications = verifications;
        this.followUps = followUps;
        this.repatriations = repatriations;
        this.staff = staff;
        this.careManager = careManager;
        this.clock = clock;
        setPadding(false);
        setId("reintegration-tab");
        render();
    }

    void render() {
        removeAll();
        long id = resident.id();
        LocalDate today = LocalDate.now(clock);
        if (followUps.hasOpenConcern(id)) {
            Div concern = new Div(new Paragraph(getTranslation("reintegration.concern.flag")));
            concern.addClassName("callout");
            concern.getStyle().set("border-color", "var(--aura-red, #c00)").set("font-weight", "bold");
            concern.setId("concern-flag");
            add(concern);
        }
        Map<String, String> names = staff.staffOf(resident.homeId()).stream()
                .collect(Collectors.toMap(HomeStaffDirectory.StaffMember::username, HomeStaffDirectory.StaffMember::displayName));
        add(new ReadinessPanel(readiness, resident, careManager, this::render));
        add(new VerificationsPanel(verifications, staff, resident, names, careManager, today, this::render));
        add(new FollowUpsPanel(followUps, staff, resident, names, careManager, today, this::render));
        add(new H3(getTranslation("reintegration.repatriation.title")));
        add(new RepatriationPanel(repatriations, id, careManager));
    }
}
