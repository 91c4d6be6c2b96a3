package org.aashray.medical.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.aashray.base.schedule.ui.ScheduleCalendar;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.homes.CurrentHome;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.AppointmentRequest;
import org.aashray.medical.MedicalService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.CalendarEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class MedicalViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ResidentDirectory directory;
    @Autowired CounsellingService counselling;
    @Autowired MedicalService medical;
    @Autowired CurrentHome currentHome;

    private ResidentSummary resident(long homeId, int offset) {
        long id = jdbc.queryForObject("select id from residents where home_id = ? and status = 'IN_RESIDENCE' order by id limit 1 offset ?",
                Long.class, homeId, offset);
        return directory.find(id).orElseThrow();
    }

    @Test
    @WithUserDetails("medical")
    void an_appointment_over_her_counselling_session_and_the_nurses_own_appointment_names_both_next_to_the_start() {
        MedicalView view = navigate(MedicalView.class);
        long home = currentHome.get().orElseThrow().id();
        // a Tuesday far ahead, with nothing booked in the demo data
        LocalDateTime slot = LocalDate.now().plusWeeks(60).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1).atTime(10, 0);
        ResidentSummary her = resident(home, 12);
        ResidentSummary other = resident(home, 13);
        SystemAuthentication.run(() -> counselling.book(new SessionRequest(home, 999_300L, "Counsellor Z", SessionKind.INDIVIDUAL,
                SessionMode.PHONE, List.of(her.id()), null, slot, slot.plusHours(1), null, 1)));
        medical.book(new AppointmentRequest(home, other.id(), null, null, AppointmentKind.IN_HOUSE, "Sick room", slot,
                slot.plusMinutes(30), null));
        view.calendar.show(ScheduleCalendar.Mode.WEEK, slot.toLocalDate());

        CalendarEvents.click(view.calendar, CalendarEvents.slotId(slot.plusMinutes(30)));
        AppointmentDialog dialog = $(AppointmentDialog.class).single();
        dialog.resident.setValue(her);
        dialog.start.setValue(slot.toLocalTime());
        long before = jdbc.queryForObject("select count(*) from medical_appointments", Long.class);
        test(dialog.save).click();

        String day = slot.toLocalDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.start.isInvalid()).isTrue();
        assertThat(dialog.start.getErrorMessage()).isEqualTo(
                her.name() + " already has a counselling session on " + day + " 10:00–11:00.\n"
                + "Meena Medical (demo) already has an in-house medical appointment on " + day + " 10:00–10:30.");
        assertThat(jdbc.queryForObject("select count(*) from medical_appointments", Long.class)).isEqualTo(before);
    }
}
