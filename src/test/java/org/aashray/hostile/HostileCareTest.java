package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.aashray.base.TextInput;
import org.aashray.base.schedule.ui.CalendarEntry;
import org.aashray.careplans.CarePlanDetails;
import org.aashray.careplans.CarePlanService;
import org.aashray.careplans.GoalArea;
import org.aashray.careplans.GoalInput;
import org.aashray.careplans.GoalStatus;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.homes.CurrentHome;
import org.aashray.residents.internal.ResidentService;
import org.aashray.residents.ResidentSummary;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in counselling (booking a session; recording it: attendance, scores, the encrypted
 * note; cancelling it with a reason) and care plans (a goal; a review of an agreed plan). The note is read back
 * through {@link SessionRecordService#readNote}, which decrypts what MariaDB holds.
 */
@AashrayIntegrationTest
class HostileCareTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired CurrentHome currentHome;
    @Autowired CounsellingService counselling;
    @Autowired SessionRecordService sessionRecords;
    @Autowired CarePlanService carePlans;
    @Autowired ResidentService residents;

    private long homeId;
    private long resident;
    private long session;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        resident = fixture.resident("Hostile Care " + System.nanoTime() % 100000, 30);
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("counselling booking", user, this::book, "counselling_sessions"),
                new Form("counselling record and note", user, () -> record(Attendance.ATTENDED), "counselling_sessions,counselling_notes")
                        .only("session-wellbeing", "session-phq9", "session-note")
                        .storedBy((key, value) -> key.equals("session-note")
                                ? same(value, sessionRecords.readNote(session).orElse(null)) : null),
                new Form("counselling cancelled", user, () -> record(Attendance.CANCELLED), "counselling_sessions")
                        .only("session-reason"),
                new Form("care plan goal", user, this::goal, "care_plan_goals"),
                new Form("care plan review", user, this::review, "care_plan_reviews"));
    }

    private String same(Object typed, String readBack) {
        return Objects.equals(kept(typed), readBack) ? null
                : "read back through the service as " + shortly(readBack) + " (" + (readBack == null ? 0 : readBack.length()) + " chars)";
    }

    /** Counselling and care plans trim what is typed; the converters remove control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private Component calendarView() {
        currentHome.select(homeId);
        open("counselling");
        return currentView();
    }

    @SuppressWarnings("unchecked")
    private Opened book() {
        Component view = calendarView();
        // a new day for each booking, so none clashes with the one before
        LocalDateTime slot = LocalDate.now().plusDays(1 + counter.incrementAndGet() % 300).atTime(LocalTime.of(10, 0));
        ((Consumer<LocalDateTime>) get(get(view, "calendar"), "onSlot")).accept(slot);
        Dialog dialog = openDialog();
        MultiSelectComboBox<ResidentSummary> who = (MultiSelectComboBox<ResidentSummary>) get(dialog, "residents");
        who.setValue(Set.of(residents.summary(resident)));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    /** A session of yesterday (or before), booked through the service, opened from the calendar. */
    @SuppressWarnings("unchecked")
    private Opened record(Attendance attendance) {
        LocalDateTime start = LocalDate.now().minusDays(1 + counter.incrementAndGet() % 200).atTime(LocalTime.of(10, 0));
        session = counselling.book(new SessionRequest(homeId, null, null, SessionKind.INDIVIDUAL, SessionMode.IN_PERSON,
                List.of(resident), room(), start, start.plusMinutes(45), "Hostile session", 1)).getFirst().id();
        Component view = calendarView();
        ((Consumer<CalendarEntry>) get(get(view, "calendar"), "onEntry"))
                .accept(new CalendarEntry(String.valueOf(session), start, start.plusMinutes(45), "", "", ""));
        Dialog dialog = openDialog();
        ((Select<Attendance>) get(dialog, "attendance")).setValue(attendance);
        if (attendance == Attendance.CANCELLED) {
            fill(dialog, "session-reason", "Hostile reason");
        } else {
            fill(dialog, "session-note", "Hostile note");
        }
        return new Opened(dialog, (Button) get(dialog, "saveRecord"), () -> !dialog.isOpened());
    }

    private Long room() {
        return jdbc.queryForObject("select min(id) from rooms where home_id = ?", Long.class, homeId);
    }

    private Component carePlanTab() {
        open("resident/" + resident);
        TabSheet sheet = (TabSheet) byId("profile-tabs");
        selectTab(sheet, t("careplans.tab"));
        roundTrip();
        return byId("careplan-tab");
    }

    @SuppressWarnings("unchecked")
    private Opened goal() {
        carePlanTab();
        test((Button) byId("careplan-add-goal")).click();
        Dialog dialog = openDialog();
        ((Select<GoalArea>) get(dialog, "area")).setValue(GoalArea.values()[0]);
        fill(dialog, "goal-text", "Hostile goal");
        fill(dialog, "goal-owner", "Hostile owner");
        fill(dialog, "goal-target", LocalDate.now().plusMonths(3));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened review() {
        CarePlanDetails plan = carePlans.forResident(resident);
        if (plan.agreedOn() == null) {
            if (plan.goals().isEmpty()) {
                plan = carePlans.saveGoal(plan.id(), new GoalInput(null, 0, GoalArea.values()[0], "Hostile goal", "Hostile owner",
                        LocalDate.now().plusMonths(3), GoalStatus.NOT_STARTED));
            }
            carePlans.agree(plan.id(), carePlans.get(plan.id()).version());
        }
        Component tab = carePlanTab();
        long before = rows("care_plan_reviews");
        return new Opened(tab, (Button) byId("careplan-review"), () -> rows("care_plan_reviews") > before);
    }
}
