package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CounsellingJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_counsellor_books_a_weekly_series_sees_it_in_her_week_and_records_attendance_and_a_note() {
        // a resident of her first home with no sessions yet; Thursdays 10:00 are free in the demo data
        String name = jdbc.queryForObject("""
                select r.name from residents r where r.home_id = (select id from homes where code = 'SUN-T')
                and r.status = 'IN_RESIDENCE' and not exists (select 1 from counselling_participants p where p.resident_id = r.id)
                order by r.id limit 1""", String.class);
        new LoginPage(driver).open(baseUrl()).logInAs("counsellor", "aashray-demo");
        new DashboardPage(driver).greeting();
        CounsellingPage calendar = new CounsellingPage(driver).open(baseUrl()).weeksBack(3);
        LocalDateTime slot = LocalDate.now().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(3).atTime(10, 0);

        calendar.clickSlot(slot);
        calendar.chooseResident(name);
        calendar.setWeeks(4);
        calendar.book();
        screenshot("counselling-week-after-booking");

        WebElement booked = calendar.waitForEntry(name);
        assertThat(booked.getText()).contains("10:00–11:00");
        assertThat(jdbc.queryForObject("""
                select count(*) from counselling_participants p join residents r on r.id = p.resident_id
                where r.name = ? and p.starts_at >= ?""", Integer.class, name, slot)).isEqualTo(4);

        calendar.openEntry(booked);
        calendar.recordAttendance("Attended", "She talked about her mother today");
        screenshot("counselling-after-attendance");

        Long sessionId = jdbc.queryForObject("""
                select s.id from counselling_sessions s join counselling_participants p on p.session_id = s.id
                join residents r on r.id = p.resident_id where r.name = ? and s.starts_at = ?""", Long.class, name, slot);
        assertThat(jdbc.queryForObject("select attendance from counselling_sessions where id = ?", String.class, sessionId))
                .isEqualTo("ATTENDED");
        assertThat(jdbc.queryForObject("select ciphertext from counselling_notes where session_id = ?", String.class, sessionId))
                .doesNotContain("mother");
        assertThat(calendar.waitForEntry(name).getAttribute("class")).contains("cal-done");
    }

    @Test
    void a_counsellor_who_uses_only_the_keyboard_tabs_to_a_free_half_hour_and_books_it_with_enter() {
        String name = jdbc.queryForObject("""
                select r.name from residents r where r.home_id = (select id from homes where code = 'SUN-T')
                and r.status = 'IN_RESIDENCE' order by r.id desc limit 1 offset 1""", String.class);
        new LoginPage(driver).open(baseUrl()).logInAs("counsellor", "aashray-demo");
        new DashboardPage(driver).greeting();
        CounsellingPage calendar = new CounsellingPage(driver).open(baseUrl()).weeksAhead(20);
        LocalDate monday = LocalDate.now().plusWeeks(20).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String tuesday = "Tuesday " + monday.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        calendar.tabToFirstFreeSlot();
        assertThat(calendar.focusedLabel()).startsWith("Book Monday ");
        // down two half-hours, across to Tuesday: the same time the day after
        calendar.keys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ARROW_RIGHT);
        String label = calendar.focusedLabel();
        assertThat(label).startsWith("Book " + tuesday + " ");
        screenshot("counselling-keyboard-focus-on-a-free-slot");
        LocalTime time = LocalTime.parse(label.substring(label.length() - 5));

        calendar.keys(org.openqa.selenium.Keys.ENTER);
        calendar.present(org.openqa.selenium.By.id("session-residents"));
        assertThat(calendar.value("session-start")).isEqualTo(time.toString());
        calendar.chooseResident(name);
        calendar.book();

        LocalDateTime slot = monday.plusDays(1).atTime(time);
        assertThat(calendar.waitForEntry(name).getText()).contains(time + "–" + time.plusHours(1));
        // the focus is back where she was: on her new session, so she can go on from there
        calendar.until(d -> calendar.holds("return document.activeElement.classList.contains('cal-entry')"
                + " && document.activeElement.innerText.includes(arguments[0])", name));
        assertThat(jdbc.queryForObject("""
                select count(*) from counselling_participants p join residents r on r.id = p.resident_id
                where r.name = ? and p.starts_at = ?""", Integer.class, name, slot)).isEqualTo(1);
        screenshot("counselling-keyboard-after-booking");
    }

    @Test
    void a_refused_booking_shows_her_clash_the_counsellors_and_the_rooms_one_a_line_next_to_the_start_time() {
        String name = jdbc.queryForObject("""
                select r.name from residents r where r.home_id = (select id from homes where code = 'SUN-T')
                and r.status = 'IN_RESIDENCE' and r.name regexp '^[A-Za-z ]+$' order by r.id desc limit 1 offset 2""", String.class);
        new LoginPage(driver).open(baseUrl()).logInAs("counsellor", "aashray-demo");
        new DashboardPage(driver).greeting();
        CounsellingPage calendar = new CounsellingPage(driver).open(baseUrl()).weeksAhead(22);
        LocalDateTime slot = LocalDate.now().plusWeeks(22).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusDays(2).atTime(11, 0);
        calendar.clickSlot(slot);
        // the room the form suggests: other tests of the run may have added rooms to this home
        String room = calendar.until(d -> (String) calendar.js("""
                const b = document.querySelector('#session-room vaadin-select-value-button');
                return b && b.innerText.trim() ? b.innerText.trim() : null;"""));
        calendar.chooseResident(name);
        calendar.book();
        calendar.waitForEntry(name);

        calendar.clickSlot(slot.plusMinutes(30));
        calendar.chooseResident(name);
        calendar.click("session-save");
        String shown = calendar.until(d -> (String) calendar.js("""
                const m = document.querySelector('#session-start [slot="error-message"]');
                return m && m.offsetHeight > 0 ? m.innerText : null;"""));
        screenshot("counselling-refused-booking-every-clash");

        String when = slot.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 11:00–12:00";
        assertThat(shown.split("\n")).containsExactly(
                name + " already has a counselling session on " + when + ".",
                "Kavita Counsellor (demo) already has a counselling session on " + when + ".",
                room + " is already booked for a counselling session on " + when + ".");
        assertThat(new AxeScan(driver, AccessibilityJourneyTest.KNOWN).check("counselling booking refused")).isEmpty();
    }
}
