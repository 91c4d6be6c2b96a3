package org.aashray.reintegration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.CurrentHome;
import org.aashray.reintegration.ReintegrationPipeline;
import org.aashray.reintegration.internal.DueItem;
import org.aashray.reintegration.internal.ReintegrationDueItems;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/**
 * The care manager's reintegration workspace: the pipeline of residents in care (in care / verification
 * pending / ready), verifications pending and overdue, follow-ups due and overdue, open concerns and
 * expiring travel permits. Counsellors see the verifications assigned to them first.
 */
@Route("reintegration")
@Menu(title = "nav.reintegration", order = 40, icon = "vaadin:home-o")
@RolesAllowed({"COUNSELLOR", "CARE_MANAGER"})
public class ReintegrationView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ResidentSummary> pipeline = new Grid<>();
    final Grid<HomeVerification> verifications = new Grid<>();
    final Grid<DueItem> due = new Grid<>();

    /** Display names of the staff of each home asked for so far, by login (work is assigned by login). */
    private final Map<Long, Map<String, String>> staffNames = new java.util.HashMap<>();
    private final HomeStaffDirectory staff;

    public ReintegrationView(ResidentDirectory directory, ReintegrationPipeline stages, VerificationService verificationService,
                             ReintegrationDueItems dueItems, HomeStaffDirectory staff, CurrentHome currentHome, Clock clock) {
        this.staff = staff;
        setId("reintegration-view");
        add(new H2(getTranslation("reintegration.workspace.title")));
        LocalDate today = LocalDate.now(clock);
        Long homeId = currentHome.get().map(h -> h.id()).orElse(null);

        pipeline.setId("pipeline-grid");
        Map<Long, ReintegrationPipeline.Stage>[] pageStages = new Map[] {Map.of()};
        pipeline.addComponentColumn(r -> profile(r.id(), r.caseNumber()))
                .setHeader(getTranslation("reintegration.workspace.case"));
        pipeline.addColumn(ResidentSummary::name).setHeader(getTranslation("reintegration.workspace.name"));
        pipeline.addColumn(r -> Labels.of(this, pageStages[0].getOrDefault(r.id(), ReintegrationPipeline.Stage.IN_CARE)))
                .setHeader(getTranslation("reintegration.workspace.stage"));
        pipeline.setItemsPageable(pageable -> {
            List<ResidentSummary> page = directory.search(new ResidentFilter(null, null, homeId, ResidentStatus.IN_RESIDENCE,
                    null, null, null), pageable);
            pageStages[0] = stages.stages(page.stream().map(ResidentSummary::id).toList());
            return page;
        });
        pipeline.setEmptyStateText(getTranslation("reintegration.workspace.pipelineEmpty"));

        verifications.setId("pending-verifications");
        Map<Long, String>[] pageCases = new Map[] {Map.of()};
        verifications.addComponentColumn(v -> profile(v.getResidentId(), pageCases[0].getOrDefault(v.getResidentId(), "?")))
                .setHeader(getTranslation("reintegration.workspace.case"));
        verifications.addColumn(HomeVerification::getDestination).setHeader(getTranslation("reintegration.workspace.destination"));
        verifications.addColumn(v -> assignee(v.getHomeId(), v.assignee())).setHeader(getTranslation("reintegration.verification.assignee"));
        verifications.addColumn(v -> DateFormats.date(v.getDueOn()) + (v.overdue(today) ? " ⚠ " + getTranslation("reintegration.overdue") : ""))
                .setHeader(getTranslation("reintegration.verification.dueOn"));
        verifications.setItemsPageable(pageable -> {
            List<HomeVerification> page = verificationService.pending(pageable);
            pageCases[0] = directory.caseNumbers(page.stream().map(HomeVerification::getResidentId).toList());
            return page;
        });
        verifications.setEmptyStateText(getTranslation("reintegration.workspace.verificationsEmpty"));

        due.setId("due-items");
        Map<Long, String>[] dueCases = new Map[] {Map.of()};
        due.addComponentColumn(d -> profile(d.residentId(), dueCases[0].getOrDefault(d.residentId(), "?")))
                .setHeader(getTranslation("reintegration.workspace.case"));
        due.addColumn(d -> Labels.of(this, d.kind())).setHeader(getTranslation("reintegration.workspace.kind"));
        due.addColumn(d -> DateFormats.date(d.dueOn())).setHeader(getTranslation("reintegration.verification.dueOn"));
        due.addColumn(d -> assignee(d.homeId(), d.assignee())).setHeader(getTranslation("reintegration.verification.assignee"));
        // Small lists by nature (only what is due now), each from an indexed due-date query.
        List<DueItem> items = new java.util.ArrayList<>(dueItems.openConcerns());
        items.addAll(dueItems.overdueFollowUps());
        items.addAll(dueItems.followUpsDue());
        items.addAll(dueItems.overdueVerifications());
        items.addAll(dueItems.expiringPermits());
        dueCases[0] = directory.caseNumbers(items.stream().map(DueItem::residentId).distinct().toList());
        due.setItems(items);
        due.setEmptyStateText(getTranslation("reintegration.workspace.dueEmpty"));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("reintegration.workspace.due"), due);
        tabs.add(getTranslation("reintegration.workspace.pipeline"), pipeline);
        tabs.add(getTranslation("reintegration.workspace.verifications"), verifications);
        add(new H3(getTranslation("reintegration.workspace.subtitle")), tabs);
        setSizeFull();
    }

    /** Whom the work is assigned to: a member of the home's staff by name, or a partner organisation as written. */
    private String assignee(long homeId, String assignee) {
        if (assignee == null) return "";
        Map<String, String> names = staffNames.computeIfAbsent(homeId, id -> staff.staffOf(id).stream()
                .collect(java.util.stream.Collectors.toMap(HomeStaffDirectory.StaffMember::username,
                        HomeStaffDirectory.StaffMember::displayName, (a, b) -> a)));
        return names.getOrDefault(assignee, assignee);
    }

    /** The residents feature's profile route (its view class is internal to that module). */
    private static Anchor profile(long residentId, String text) {
        return new Anchor("resident/" + residentId, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reintegration");
    }
}
