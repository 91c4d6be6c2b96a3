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
import org.aashray.reintegration.followup.CloseReason;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpMode;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpVisit;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.repatriation.RepatriationStatus;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in reintegration, on the profile's reintegration tab of residents of the tests' own
 * home: the care manager's request for a home verification and the record of the visit; a follow-up visit after
 * her exit, closing a follow-up, recording what was done about the concern a follow-up raised, and who is
 * responsible for her there; the readiness checklist and the care
 * manager's override of it; the repatriation process.
 */
@AashrayIntegrationTest
class HostileReintegrationTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired VerificationService verifications;
    @Autowired PlacementService placements;
    @Autowired RepatriationService repatriations;
    @Autowired FollowUpService followUps;

    private long resident;
    private long pending;
    private long repatriated;
    private long followedUp;
    private long concernResident;
    private long concernFollowUp;

    @Override
    protected void prepare() {
        fixture.homeId();
        resident = fixture.resident("Hostile Reintegration " + System.nanoTime() % 100000, 30);
        repatriated = fixture.resident("Hostile Repatriation " + System.nanoTime() % 100000, 30);
        followedUp = 0;
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("home verification request", user, this::request, "reint_verifications"),
                new Form("home verification visit", user, this::visit, "reint_verifications"),
                new Form("follow-up visit after exit", user, this::followUp, "reint_followups"),
                new Form("closing a follow-up", user, this::closeFollowUp, "reint_followups"),
                new Form("closing a follow-up's concern", user, this::closeConcern, "reint_followups").storedBy(this::concernClosed),
                new Form("follow-up's responsible partner", user, this::responsible, "reint_exits"),
                new Form("readiness checklist", user, this::checklist, "reint_readiness_checks,reint_readiness_answers"),
                new Form("readiness override", user, this::override, "reint_overrides"),
                new Form("repatriation", user, this::repatriation, "reint_repatriations"));
    }

    /** Reintegration strips what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.strip()) : value;
    }

    private Component tab() {
        return tab(resident);
    }

    private Component tab(long residentId) {
        open("resident/" + residentId);
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
    private long exitedResident() {
        long exited = fixture.placedResident("Hostile Follow-up " + counter.incrementAndGet());
        SystemAuthentication.run(() -> {
            PlacementRecord p = placements.current(exited).orElseThrow();
            placements.exit(ExitRequest.of(exited, p.id(), p.version(), LocalDate.now(), ExitReason.OTHER, "Hostile destination",
                    null, "Hostile note"));
        });
        return exited;
    }

    @SuppressWarnings("unchecked")
    private Opened followUp() {
        tab(exitedResident());
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

    /** Each closed follow-up is done with: a newly exited resident's first one for every value. */
    @SuppressWarnings("unchecked")
    private Opened closeFollowUp() {
        tab(exitedResident());
        Grid<FollowUp> grid = (Grid<FollowUp>) byId("followups-grid");
        Component actions = test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        Button close = (Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("close-followup-"))
                .findFirst().orElseThrow();
        close.click();
        Dialog dialog = openDialog();
        ((Select<CloseReason>) valueField(dialog, "close-followup-reason")).setValue(CloseReason.MOVED_AWAY);
        fill(dialog, "close-followup-note", "Hostile: moved to Pune");
        return confirmed(dialog, button(dialog, t("reintegration.followup.close")));
    }

    /**
     * What was done about the concern a follow-up raised: each closed concern is done with, so a newly exited
     * resident's first follow-up is recorded with a concern (through the service) for every value.
     */
    @SuppressWarnings("unchecked")
    private Opened closeConcern() {
        long exited = exitedResident();
        concernResident = exited;
        concernFollowUp = SystemAuthentication.call(() -> {
            FollowUp first = followUps.ofResident(exited).getFirst();
            return followUps.record(first.getId(), first.getVersion(), new FollowUpVisit(LocalDate.now(), FollowUpMode.values()[0],
                    "Hostile mother", "Hostile wellbeing", null, "Hostile: the agent was seen in the village", null,
                    "Hostile: re-refer to the AHTU", true)).getId();
        });
        tab(exited);
        Grid<FollowUp> grid = (Grid<FollowUp>) byId("followups-grid");
        List<FollowUp> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(f -> f.getId() == concernFollowUp).findFirst().orElseThrow());
        Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        ((Button) actions.getChildren().filter(c -> c.getId().orElse("").equals("close-concern-" + concernFollowUp))
                .findFirst().orElseThrow()).click();
        Dialog dialog = openDialog();
        fill(dialog, "concern-outcome", "Hostile: re-referred to the AHTU");
        return new Opened(dialog, (Button) byId("concern-save"), () -> !dialog.isOpened());
    }

    /** The concern is closed with the outcome as typed, read back through the service (not any row of the table). */
    private String concernClosed(String key, Object typed) {
        FollowUp f = SystemAuthentication.call(() -> followUps.ofResident(concernResident)).stream()
                .filter(x -> x.getId() == concernFollowUp).findFirst().orElseThrow();
        if (f.openConcern()) {
            return "saved, but the concern is still open";
        }
        return kept(typed).equals(f.getConcernOutcome()) ? null
                : "saved, but the outcome kept is not as typed (" + shortly(f.getConcernOutcome()) + ")";
    }

    /** Who is responsible for her after the exit: one exited resident, the dialog opened afresh each time. */
    private Opened responsible() {
        if (followedUp == 0) {
            followedUp = exitedResident();
        }
        tab(followedUp);
        test((Button) byId("set-responsible")).click();
        Dialog dialog = openDialog();
        fill(dialog, "responsible-partner", "Hostile partner NGO");
        return new Opened(dialog, (Button) byId("responsible-save"), () -> !dialog.isOpened());
    }

    /** A new check of the readiness items, from the previous answers; the computed home verification is read-only. */
    private Opened checklist() {
        tab();
        return new Opened(byId("readiness-checklist"), (Button) byId("readiness-save"), this::savedNotice);
    }

    /** The override lets one exit pass: a new resident, not ready, for every value. */
    private Opened override() {
        tab(fixture.resident("Hostile Override " + counter.incrementAndGet(), 30));
        test((Button) byId("readiness-override")).click();
        Dialog dialog = openDialog();
        fill(dialog, "override-reason", "Hostile: the CWC ordered her release");
        return confirmed(dialog, (Button) byId("override-save"));
    }

    /** The open repatriation process of one resident (started the first time), saved step by step. */
    private Opened repatriation() {
        if (repatriations.ofResident(repatriated).stream().noneMatch(r -> r.getStatus() == RepatriationStatus.OPEN)) {
            repatriations.start(repatriated, Country.NP);
        }
        Component tab = tab(repatriated);
        List<Component> panels = new java.util.ArrayList<>();
        walkComponents(tab, c -> {
            if (c.getClass().getSimpleName().equals("RepatriationPanel")) {
                panels.add(c);
            }
        });
        return new Opened(panels.getFirst(), (Button) byId("repatriation-save"), this::savedNotice);
    }

    /** Saving asks for a confirmation first. */
    private Opened confirmed(Dialog dialog, Button save) {
        Button saveAndConfirm = new Button("save and confirm", e -> {
            save.click();
            find(Button.class).all().stream().filter(b -> "confirm-action".equals(b.getId().orElse(null))).reduce((a, b) -> b)
                    .ifPresent(Button::click);
        });
        return new Opened(dialog, saveAndConfirm, () -> !dialog.isOpened());
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
