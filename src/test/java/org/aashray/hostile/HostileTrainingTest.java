package org.aashray.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.base.TextInput;
import org.aashray.homes.CurrentHome;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.FeePayer;
import org.aashray.training.enrolment.AssessmentResult;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.OutcomeKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in training: ADMIN's course dialog and training settings, a trainer's batch form
 * (for the tests' own home, one week per batch so no batch clashes with another), and on a running batch of the
 * tests' home a trainee's drop, her assessment and, after a finished batch, her livelihood outcome (each kind's
 * fields). The enrolment dialog has no text field: its resident search is given the hostile texts instead.
 */
@AashrayIntegrationTest
class HostileTrainingTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired CurrentHome currentHome;

    @Autowired BatchService batches;
    @Autowired EnrolmentService enrolments;
    @Autowired AttendanceService attendance;

    private long homeId;
    /** A batch of the tests' home that has begun and is still open: trainees to drop and assess. */
    private long running;
    /** A trainee enrolled in it, assessed again and again. */
    private long assessed;
    /** A trainee who completed a finished batch: her outcomes. */
    private long graduate;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        LocalDate today = LocalDate.now();
        // Sundays early in the morning: the batch form's batches run every day from 10 to 12
        LocalDate sunday = today.minusWeeks(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        running = batch(sunday, today.plusWeeks(8), LocalTime.of(6, 0), LocalTime.of(7, 0));
        assessed = trainee(running, "Hostile Assessed");
        long finished = batch(sunday.minusWeeks(4), sunday.minusWeeks(2), LocalTime.of(7, 0), LocalTime.of(8, 0));
        graduate = fixture.resident("Hostile Graduate " + System.nanoTime() % 100000, 30);
        SystemAuthentication.run(() -> {
            enrolments.enrol(finished, graduate, LiteracyLevel.HIGHER_SECONDARY);
            long enrolment = enrolments.trainees(finished).getFirst().enrolmentId();
            batches.sessions(finished).forEach(session -> attendance.mark(session.id(), Map.of(enrolment, true)));
            enrolments.complete(finished, batches.summary(finished).version());
        });
    }

    private long batch(LocalDate start, LocalDate end, LocalTime from, LocalTime to) {
        Batch b = new Batch();
        b.setHomeId(homeId);
        b.setCourseId(jdbc.queryForObject("select min(id) from training_courses where active = true", Long.class));
        b.setProvider("Hostile Institute");
        b.setVenue("Hostile hall");
        b.setStartDate(start);
        b.setEndDate(end);
        b.setDays(EnumSet.of(DayOfWeek.SUNDAY));
        b.setStartTime(from);
        b.setEndTime(to);
        b.setCapacity(200);
        b.setFee(BigDecimal.ZERO);
        b.setFeePayer(FeePayer.values()[0]);
        return SystemAuthentication.call(() -> batches.save(b)).id();
    }

    /** A new resident of the tests' home enrolled in the batch (as the system). */
    private long trainee(long batch, String name) {
        long resident = fixture.resident(name + " " + counter.incrementAndGet(), 30);
        SystemAuthentication.run(() -> enrolments.enrol(batch, resident, LiteracyLevel.HIGHER_SECONDARY));
        return resident;
    }

    /** The batch page's action of a trainee (Drop, Assess), which opens its dialog. */
    private Dialog traineeAction(long resident, String action) {
        currentHome.select(homeId);
        open("training/batch/" + running);
        @SuppressWarnings("unchecked")
        Grid<TraineeRow> grid = (Grid<TraineeRow>) byId("trainees-grid");
        List<TraineeRow> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(r -> r.residentId() == resident).findFirst().orElseThrow());
        Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        test(button(actions, action)).click();
        return openDialog();
    }

    /** Each drop takes a trainee off the batch: a new trainee for every value. */
    private Opened drop() {
        Dialog dialog = traineeAction(trainee(running, "Hostile Dropout"), t("training.drop"));
        fill(dialog, "drop-reason", "Hostile: she found work");
        return new Opened(dialog, (Button) byId("confirm-drop"), () -> !dialog.isOpened());
    }

    private Opened assessment() {
        Dialog dialog = traineeAction(assessed, t("training.assess"));
        fill(dialog, "score", 70);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AssessmentResult> result = (RadioButtonGroup<AssessmentResult>) get(dialog, "result");
        result.setValue(AssessmentResult.PASS);
        return new Opened(dialog, button(dialog, t("common.save")), () -> !dialog.isOpened());
    }

    /** Her outcome, from the training tab of her profile; only the chosen kind's fields are shown. */
    private Opened outcome(OutcomeKind kind) {
        open("resident/" + graduate);
        TabSheet sheet = (TabSheet) byId("profile-tabs");
        selectTab(sheet, t("residents.tab.training"));
        @SuppressWarnings("unchecked")
        Grid<TraineeRow> grid = (Grid<TraineeRow>) byId("training-enrolments");
        Component actions = test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        test((Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("record-outcome-")).findFirst()
                .orElseThrow()).click();
        Dialog dialog = openDialog();
        @SuppressWarnings("unchecked")
        Select<OutcomeKind> kinds = (Select<OutcomeKind>) get(dialog, "kind");
        kinds.setValue(kind);
        switch (kind) {
            case JOB -> {
                fill(dialog, "employer", "Hostile Garments");
                fill(dialog, "jobRole", "Tailor");
                fill(dialog, "monthlyWage", new BigDecimal("9000"));
            }
            case SELF_EMPLOYMENT -> fill(dialog, "enterpriseType", "Hostile tailoring shop");
            case FURTHER_STUDY -> fill(dialog, "studyCourse", "Hostile diploma");
            default -> { }
        }
        return new Opened(dialog, (Button) byId("save-outcome"), () -> !dialog.isOpened());
    }

    /**
     * The enrolment dialog's only typed input is its resident search: each hostile text is typed there. Expected:
     * no server error, and nobody found whose name or alias does not hold the text (the tests' home has nobody so
     * named, so nobody at all).
     */
    @Test
    void hostile_text_in_the_enrolment_dialogs_resident_search_finds_nobody_and_breaks_nothing() {
        prepare();
        logIn(HostileFixture.USER);
        List<String> failures = new ArrayList<>();
        int errors = 0;
        int found = 0;
        for (String text : HOSTILE_TEXT) {
            String label = "training enrol / resident search = " + shortly(text);
            serverErrors().clear();
            try {
                currentHome.select(homeId);
                open("training/batch/" + running);
                test((Button) byId("enrol")).click();
                Dialog dialog = openDialog();
                @SuppressWarnings("unchecked")
                ComboBox<ResidentSummary> who = (ComboBox<ResidentSummary>) get(dialog, "resident");
                test(who).setFilter(text);
                List<ResidentSummary> suggested = test(who).getSuggestionItems();
                found += suggested.size();
                if (!serverErrors().isEmpty()) {
                    failures.add(label + ": server error " + serverErrors());
                    errors++;
                } else if (!suggested.isEmpty()) {
                    failures.add(label + ": found " + suggested.stream().map(ResidentSummary::name).toList());
                }
            } catch (RuntimeException e) {
                failures.add(label + ": server error " + e);
                e.printStackTrace();
                errors++;
            } finally {
                closeDialogs();
            }
        }
        System.out.println("[hostile] " + getClass().getSimpleName() + ": " + HOSTILE_TEXT.size() + " texts x the enrolment search:");
        System.out.println("[hostile]   training enrol (resident search): 1 fields, " + HOSTILE_TEXT.size() + " searched, "
                + found + " found, " + errors + " server errors");
        failures.forEach(f -> System.out.println("[hostile] FAIL " + f));
        assertThat(failures).isEmpty();
    }

    @Override
    protected List<Form> forms() {
        return List.of(
                new Form("training course (admin)", "admin", this::course, "training_courses"),
                new Form("training settings (admin)", "admin", this::settings, "training_settings"),
                new Form("training batch", HostileFixture.USER, this::batch, "training_batches"),
                new Form("training drop", HostileFixture.USER, this::drop, "training_enrolments"),
                new Form("training assessment", HostileFixture.USER, this::assessment, "training_enrolments"),
                new Form("training outcome, job", HostileFixture.USER, () -> outcome(OutcomeKind.JOB), "training_outcomes"),
                new Form("training outcome, self-employment", HostileFixture.USER, () -> outcome(OutcomeKind.SELF_EMPLOYMENT),
                        "training_outcomes").only("enterpriseType", "seedMoney"),
                new Form("training outcome, further study", HostileFixture.USER, () -> outcome(OutcomeKind.FURTHER_STUDY),
                        "training_outcomes").only("studyCourse"));
    }

    /** Training trims what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private Opened course() {
        open("admin/training");
        test((Button) byId("add-course")).click();
        Dialog dialog = openDialog();
        fill(dialog, "course-name", "Hostile course " + counter.incrementAndGet());
        fill(dialog, "hours", 40);
        fill(dialog, "weeks", 4);
        chooseFirst(get(dialog, "literacy"));
        chooseFirst(get(dialog, "delivery"));
        return new Opened(dialog, (Button) byId("save-course"), () -> !dialog.isOpened());
    }

    private Opened settings() {
        open("admin/training");
        Component view = currentView();
        return new Opened(view, (Button) byId("save-settings"), this::savedNotice);
    }

    @SuppressWarnings("unchecked")
    private Opened batch() {
        currentHome.select(homeId);
        open("training");
        test((Button) byId("new-batch")).click();
        Dialog dialog = openDialog();
        chooseFirst(get(dialog, "course"));
        fill(dialog, "batch-provider", "Hostile Institute");
        fill(dialog, "batch-venue", "Hostile hall");
        LocalDate start = LocalDate.now().plusWeeks(1 + counter.incrementAndGet() % 90);
        fill(dialog, "batch-start", start);
        fill(dialog, "batch-end", start.plusDays(6));
        ((CheckboxGroup<DayOfWeek>) get(dialog, "days")).setValue(EnumSet.allOf(DayOfWeek.class));
        ((TimePicker) get(dialog, "startTime")).setValue(LocalTime.of(10, 0));
        ((TimePicker) get(dialog, "endTime")).setValue(LocalTime.of(12, 0));
        fill(dialog, "batch-capacity", 10);
        chooseFirst(get(dialog, "feePayer"));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

}
