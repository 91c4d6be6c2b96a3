package org.aashray.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AashrayIntegrationTest
class AppointmentsWhenSheLeavesTest {

    @Autowired MedicalService medical;
    @Autowired HealthCheckService checks;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;

    /** A day years ahead that no other test books. */
    static LocalDateTime farAhead(int offset, int hour) {
        return LocalDate.now().plusYears(4).plusDays(offset + System.nanoTime() % 200 * 3).atTime(hour, 0);
    }

    AppointmentSummary book(long residentId, AppointmentKind kind, LocalDateTime start) {
        return fx.as("medical", () -> medical.book(new AppointmentRequest(lifecycle.homeId("SUN-T"), residentId, null, null, kind,
                kind == AppointmentKind.HOSPITAL_REFERRAL ? "District Hospital, Gynaecology OPD" : "Sick room", start,
                start.plusMinutes(30), "lifecycle test")));
    }

    AppointmentSummary reread(long id) {
        return fx.as("medical", () -> medical.get(id));
    }

    @Test
    void a_transfer_cancels_her_in_house_appointments_as_transferred_and_a_hospital_referral_keeps_its_date_at_the_new_home() {
        long her = fx.placedResident("SUN-T", "Appointment Transfer Jaya").resident().id();
        AppointmentSummary inHouse = book(her, AppointmentKind.IN_HOUSE, farAhead(0, 11));
        AppointmentSummary referral = book(her, AppointmentKind.HOSPITAL_REFERRAL, farAhead(1, 12));

        lifecycle.transfer(her, "SUN-L");

        assertThat(reread(inHouse.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(a.cancelCause()).isEqualTo(CancelCause.TRANSFERRED);
            assertThat(a.homeId()).isEqualTo(lifecycle.homeId("SUN-T"));
        });
        assertThat(reread(referral.id())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(AppointmentStatus.PLANNED);
            assertThat(a.start()).isEqualTo(referral.start());
            assertThat(a.homeId()).isEqualTo(lifecycle.homeId("SUN-L"));
        });
        long ujala = lifecycle.homeId("SUN-L");
        assertThat(fx.as("medical", () -> medical.calendar(ujala, her, referral.start().minusDays(1), referral.start().plusDays(1))))
                .extracting(AppointmentSummary::id).containsExactly(referral.id());
    }

    @Test
    void an_exit_cancels_every_coming_appointment_as_left_the_home_and_closes_her_undone_health_check() {
        long her = fx.placedResident("SUN-T", "Appointment Exit Rupa", 24, 3).resident().id();
        AppointmentSummary inHouse = book(her, AppointmentKind.IN_HOUSE, farAhead(2, 11));
        AppointmentSummary referral = book(her, AppointmentKind.HOSPITAL_REFERRAL, farAhead(3, 12));
        HealthCheckSummary check = fx.as("medical", () -> checks.healthChecks(her)).getFirst();
        assertThat(check.doneAt()).isNull();

        lifecycle.exit(her);

        for (AppointmentSummary a : java.util.List.of(reread(inHouse.id()), reread(referral.id()))) {
            assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(a.cancelCause()).isEqualTo(CancelCause.LEFT_HOME);
        }
        HealthCheckSummary closed = fx.as("medical", () -> checks.healthChecks(her)).getFirst();
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now());
        assertThat(closed.overdue()).isFalse();
        assertThat(fx.as("medical", () -> checks.openHealthChecks(1000))).extracting(HealthCheckSummary::id).doesNotContain(check.id());
    }
}
