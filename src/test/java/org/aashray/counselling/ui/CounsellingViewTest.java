package org.aashray.counselling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.aashray.base.schedule.ui.ScheduleCalendar;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.CalendarEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class CounsellingViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ResidentDirectory directory;

    /** The calendar of a week far ahead (no demo sessions there), its Tuesday 10:00 slot. */
    private LocalDateTime openFarWeek(CounsellingView view, int weeksAhead) {
        for (int i = 0; i < weeksAhead; i++) test(view.next).click();
        assertThat(view.calendar.getMode()).isEqualTo(ScheduleCalendar.Mode.WEEK);
        return view.calendar.firstDay().plusDays(1).atTime(10, 0);
    }

    private void click(Component calendar, String slotId) {
        CalendarEvents.click(calendar, slotId);
    }

    private String slotId(LocalDateTime slot) {
        return CalendarEvents.slotId(slot);
    }

    private ResidentSummary resident(int offset) {
        long id = jdbc.queryForObject("""
                select id from residents where home_id = (select id from homes where code = 'SUN-T')
                and status = 'IN_RESIDENCE' order by name desc limit 1 offset ?""", Long.class, offset);
        return directory.find(id).orElseThrow();
    }

    @Test
    @WithUserDetails("counsellor")
    void clicking_a_free_slot_books_a_weekly_series_that_shows_in_the_week() {
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 30);
        click(view.calendar, slotId(slot));
        SessionDialog dialog = $(SessionDialog.class).single();
        assertThat(dialog.start.getValue()).isEqualTo(slot.toLocalTime());
        ResidentSummary r = resident(0);
        dialog.residents.setValue(Set.of(r));
        test(dialog.weeks).setValue(3);

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from counselling_participants where resident_id = ? and starts_at >= ?",
                Integer.class, r.id(), slot)).isEqualTo(3);
        assertThat(view.calendar.shownEntries()).anySatisfy(e -> {
            assertThat(e.start()).isEqualTo(slot);
            assertThat(e.title()).contains(r.name());
        });
    }

    @Test
    @WithUserDetails("counsellor")
    void a_booking_dialog_left_open_closes_when_she_goes_to_another_page() {
        CounsellingView view = navigate(CounsellingView.class);
        click(view.calendar, slotId(openFarWeek(view, 35)));
        SessionDialog dialog = $(SessionDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();

        navigate(CounsellorDayView.class);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(dialog.getParent()).isEmpty(); // the UI no longer holds it, nor the week page behind it
        assertThat($(SessionDialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("counsellor")
    void booking_a_taken_slot_shows_the_clash_next_to_the_start_time_and_books_nothing() {
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 40);
        click(view.calendar, slotId(slot));
        SessionDialog first = $(SessionDialog.class).single();
        first.residents.setValue(Set.of(resident(1)));
        test(first.save).click();
        assertThat(first.isOpened()).isFalse();

        click(view.calendar, slotId(slot.plusMinutes(30)));
        SessionDialog second = $(SessionDialog.class).single();
        second.residents.setValue(Set.of(resident(2)));
        second.room.setValue(null);
        test(second.mode).selectItem("Phone");
        long before = jdbc.queryForObject("select count(*) from counselling_sessions", Long.class);
        test(second.save).click();

        assertThat(second.isOpened()).isTrue();
        assertThat(second.start.isInvalid()).isTrue();
        assertThat(second.start.getErrorMessage())
                .isEqualTo("Kavita Counsellor (demo) already has a counselling session on "
                        + slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00–11:00.");
        assertThat(jdbc.queryForObject("select count(*) from counselling_sessions", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("counsellor")
    void booking_her_again_over_her_session_in_the_same_room_names_her_clash_the_counsellors_and_the_rooms() {
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 45);
        ResidentSummary her = resident(3);
        click(view.calendar, slotId(slot));
        SessionDialog first = $(SessionDialog.class).single();
        first.residents.setValue(Set.of(her));
        String room = first.room.getValue().name();
        test(first.save).click();
        assertThat(first.isOpened()).isFalse();

        click(view.calendar, slotId(slot.plusMinutes(30)));
        SessionDialog second = $(SessionDialog.class).single();
        second.residents.setValue(Set.of(her));
        assertThat(second.room.getValue().name()).isEqualTo(room);
        long before = jdbc.queryForObject("select count(*) from counselling_sessions", Long.class);
        test(second.save).click();

        String when = slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00–11:00";
        assertThat(second.isOpened()).isTrue();
        assertThat(second.start.isInvalid()).isTrue();
        // every clash, each saying who or what and when, hers first
        assertThat(second.start.getErrorMessage()).isEqualTo(String.join("\n",
                her.name() + " already has a counselling session on " + when + ".",
                "Kavita Counsellor (demo) already has a counselling session on " + when + ".",
                room + " is already booked for a counselling session on " + when + "."));
        assertThat(jdbc.queryForObject("select count(*) from counselling_sessions", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("counsellor")
    void booking_her_again_by_phone_names_her_clash_and_the_counsellors() {
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 50);
        ResidentSummary her = resident(4);
        click(view.calendar, slotId(slot));
        SessionDialog first = $(SessionDialog.class).single();
        first.residents.setValue(Set.of(her));
        test(first.save).click();
        assertThat(first.isOpened()).isFalse();

        click(view.calendar, slotId(slot));
        SessionDialog second = $(SessionDialog.class).single();
        second.residents.setValue(Set.of(her));
        second.room.setValue(null);
        test(second.mode).selectItem("Phone");
        test(second.save).click();

        String when = slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00–11:00";
        assertThat(second.start.getErrorMessage()).isEqualTo(
                her.name() + " already has a counselling session on " + when + ".\n"
                + "Kavita Counsellor (demo) already has a counselling session on " + when + ".");
    }

    @Test
    @WithUserDetails("counsellor")
    void a_free_half_hour_is_a_named_button_enter_books_it_and_enter_on_the_booked_session_opens_it() {
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 55);
        String day = "Tuesday " + slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String markup = CalendarEvents.slotMarkup(view.calendar, slotId(slot));
        assertThat(markup).contains("role=\"button\"", "tabindex=\"0\"", "aria-label=\"Book " + day + " 10:00\"");
        Component column = CalendarEvents.find(view.calendar, ScheduleCalendar.DAY_ID
                + slot.format(DateTimeFormatter.ofPattern("yyyyMMdd"))).orElseThrow();
        assertThat(column.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(column.getElement().getAttribute("aria-label")).isEqualTo(day);

        CalendarEvents.pressEnter(view.calendar, slotId(slot));
        SessionDialog dialog = $(SessionDialog.class).single();
        assertThat(dialog.date.getValue()).isEqualTo(slot.toLocalDate());
        assertThat(dialog.start.getValue()).isEqualTo(slot.toLocalTime());
        ResidentSummary her = resident(5);
        dialog.residents.setValue(Set.of(her));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();

        // the taken half-hours are no longer buttons: her session is, in their place
        assertThat(CalendarEvents.slotMarkup(view.calendar, slotId(slot))).doesNotContain("role=", "tabindex=");
        assertThat(CalendarEvents.slotMarkup(view.calendar, slotId(slot.plusMinutes(30)))).doesNotContain("role=");
        assertThat(CalendarEvents.slotMarkup(view.calendar, slotId(slot.plusMinutes(60)))).contains("role=\"button\"");
        String entryId = "cal-entry-" + view.calendar.shownEntries().stream().filter(e -> e.start().equals(slot)).findFirst()
                .orElseThrow().id();
        Component entry = CalendarEvents.find(view.calendar, entryId).orElseThrow();
        assertThat(entry.getElement().getAttribute("role")).isEqualTo("button");
        assertThat(entry.getElement().getAttribute("tabindex")).isEqualTo("0");
        CalendarEvents.pressEnterOnEntry(view.calendar, entryId);
        SessionDialog opened = $(SessionDialog.class).single();
        assertThat(opened.getHeaderTitle()).isEqualTo("Counselling session");
        assertThat(opened.residents.getValue()).extracting(ResidentSummary::id).containsExactly(her.id());
    }

    @Test
    @WithUserDetails("counsellor")
    void the_half_hours_are_named_in_the_language_of_the_screen() {
        com.vaadin.flow.component.UI.getCurrent().getSession().setLocale(org.aashray.base.i18n.BundleTranslationProvider.HINDI);
        com.vaadin.flow.component.UI.getCurrent().setLocale(org.aashray.base.i18n.BundleTranslationProvider.HINDI);
        CounsellingView view = navigate(CounsellingView.class);
        LocalDateTime slot = openFarWeek(view, 56);
        assertThat(CalendarEvents.slotMarkup(view.calendar, slotId(slot)))
                .contains("aria-label=\"मंगलवार " + slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00 बुक करें\"");
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_sees_the_home_calendar_without_a_booking_button() {
        CounsellingView view = navigate(CounsellingView.class);
        assertThat(view.book.isVisible()).isFalse();
        assertThat(view.show.getValue()).isEqualTo(CounsellingView.Show.HOME);
        // nor are her free half-hours buttons: nothing to tab to, nothing opens
        LocalDateTime slot = openFarWeek(view, 57);
        assertThat(CalendarEvents.slotMarkup(view.calendar, slotId(slot))).doesNotContain("role=", "tabindex=");
        CalendarEvents.click(view.calendar, slotId(slot));
        assertThat($(SessionDialog.class).all()).isEmpty();
        test(view.previous).click();
        test(view.today).click();
        assertThat(view.calendar.firstDay()).isBeforeOrEqualTo(LocalDate.now());
    }
}
