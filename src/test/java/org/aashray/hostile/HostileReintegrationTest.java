package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.TextInput;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.DestinationKind;
import org.aashray.reintegration.FollowUp;
import org.aashray.reintegration.FollowUpMode;
import org.aashray.security.SystemAuthentication;
import org.aashray.reintegration.HomeVerification;
import org.aashray.reintegration.Recommendation;
import org.aashray.reintegration.VerificationRequest;
import org.aashray.reintegration.VerificationService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in reintegration: the care manager's request for a home verification, and the
 * record of the verification visit, on the profile's reintegration tab of a resident of the tests' own home.
 */
@AashrayIntegrationTest
class HostileReintegrationTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired VerificationService verifications;
    @Autowired PlacementService placements;

    private long resident;
    private long pending;

    @Override
    protected void prepare() {
        fixture.homeId();
        resident = fixture.resident("Hostile Reintegration " + System.nanoTime() % 100000, 30);
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("home verification request", user, this::request, "reint_verifications"),
                new Form("home verification visit", user, this::visit, "reint_verifications"),
                new Form("follow-up visit after exit", user, this::followUp, "reint_followups"));
    }

    /** Reintegration strips what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.strip()) : value;
    }

    private Component tab() {
        open("resident/" + resident);
        TabSheet sheet = (TabSheet) byId("profile-tabs");
        selectTab(sheet, t("reintegration.tab"));
        roundTrip();
        return sheet.getComponent(sheet.getSelectedTab());
    }

    private Opened request() {
        tab();
        test((Button) byId("request-verification")).click();
        Dialog dialog = openDialog();
        fill(dialog, "verification-destination", "Hostile village " + counter.incrementAndGet());
        fill(dialog, "verification-partner", "Hostile partner NGO");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    /** A resident placed and then leaving care (not restored: no readiness gate), which schedules her follow-ups. */
    @SuppressWarnings("unchecked")
    private Opened followUp() {
        long exited = fixture.placedResident("Hostile Follow-up " + counter.incrementAndGet());
        SystemAuthentication.run(() -> {
            PlacementRecord p = placements.current(exited).orElseThrow();
            placements.exit(ExitRequest.of(exited, p.id(), p.version(), LocalDate.now(), ExitReason.OTHER, "Hostile destination",
                    null, "Hostile note"));
        });
        long previous = resident;
        resident = exited;
        try {
            tab();
        } finally {
            resident = previous;
        }
        Grid<FollowUp> grid = (Grid<FollowUp>) byId("followups-grid");
        Component actions = test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        Button record = (Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("record-followup-"))
                .findFirst().orElseThrow();
        record.click();
        Dialog dialog = openDialog();
        fill(dialog, "followup-date", LocalDate.now());
        ((Select<FollowUpMode>) valueField(dialog, "followup-mode")).setValue(FollowUpMode.values()[0]);
        fill(dialog, "followup-wellbeing", "Hostile wellbeing");
        return new Opened(dialog, button(dialog, t("common.save")), () -> !dialog.isOpened());
    }

    @SuppressWarnings("unchecked")
    private Opened visit() {
        // each recorded visit closes its verification: a new one is asked for every value
        pending = verifications.request(new VerificationRequest(resident, DestinationKind.FAMILY, "Hostile village",
                null, null, "Hostile partner NGO", null)).getId();
        tab();
        Grid<HomeVerification> grid = (Grid<HomeVerification>) byId("verifications-grid");
        List<HomeVerification> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(v -> v.getId() == pending).findFirst().orElseThrow());
        Button record = (Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        record.click();
        Dialog dialog = openDialog();
        fill(dialog, "verification-visitDate", LocalDate.now());
        fill(dialog, "verification-peopleMet", "Hostile mother");
        ((RadioButtonGroup<Boolean>) get(dialog, "involved")).setValue(false);
        ((Select<Recommendation>) get(dialog, "recommendation")).setValue(Recommendation.values()[0]);
        fill(dialog, "verification-reasons", "Hostile reasons");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }
}
