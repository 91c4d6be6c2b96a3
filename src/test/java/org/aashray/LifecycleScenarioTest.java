package org.aashray;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.AppointmentRequest;
import org.aashray.medical.MedicalService;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.ResidentTransferred;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.aashray.testsupport.RuleProbe;
import org.aashray.training.TrainingTestData;
import org.aashray.training.courses.BatchService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Each lifecycle event, published on its own in one transaction (as placements publishes it), reaches every feature
 * that reacts to it, and the reactions commit with it. Her open work is set up through each feature's own services;
 * the event is the only stimulus, so what changed is what the features' listeners did.
 */
@AashrayIntegrationTest
@EnableScenarios
class LifecycleScenarioTest {

    static final String HEALTH_CHECK = "medical.admission-health-check";

    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired RuleProbe probe;
    @Autowired JdbcTemplate jdbc;
    @Autowired CounsellingService counselling;
    @Autowired MedicalService medical;
    @Autowired EnrolmentService enrolments;
    @Autowired BatchService batches;
    @Autowired IntakeService intakes;
    @Autowired VerificationService verifications;

    final LocalDate today = LocalDate.now();

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(HEALTH_CHECK);
    }

    /** Her open work at Ujala Long-term Home: a session, an in-house appointment, a referral, a batch, a verification, an alert. */
    record OpenWork(ResidentSummary her, long session, long inHouse, long referral, long batch, long verification) {
    }

    OpenWork openWork(String name, int hour) {
        ResidentSummary her = lifecycle.placed("SUN-L", name, 24, 3, null);
        LocalDateTime ahead = today.plusYears(5).plusDays(System.nanoTime() % 300 * 3).atTime(hour, 0);
        long session = fx.as("counsellor", () -> counselling.book(new SessionRequest(her.homeId(), null, null, SessionKind.INDIVIDUAL,
                SessionMode.PHONE, List.of(her.id()), null, ahead, ahead.plusHours(1), "scenario", 1))).getFirst().id();
        long inHouse = fx.as("medical", () -> medical.book(new AppointmentRequest(her.homeId(), her.id(), null, null,
                AppointmentKind.IN_HOUSE, "Sick room", ahead.plusDays(1), ahead.plusDays(1).plusMinutes(30), "scenario"))).id();
        long referral = fx.as("medical", () -> medical.book(new AppointmentRequest(her.homeId(), her.id(), null, null,
                AppointmentKind.HOSPITAL_REFERRAL, "District Hospital", ahead.plusDays(2), ahead.plusDays(2).plusHours(1), "scenario"))).id();
        long batch = new TrainingTestData(intakes, batches, jdbc).sundayBatch("Tailoring", today.plusDays(7), today.plusWeeks(10), 5, 21).id();
        fx.as("trainer", () -> enrolments.enrol(batch, her.id(), LiteracyLevel.BASIC));
        long verification = fx.as("caremanager", () -> verifications.request(new VerificationRequest(her.id(), DestinationKind.FAMILY,
                "Village Dhanpur", "Mother", null, "Partner NGO Canning", null))).getId();
        probe.run(HEALTH_CHECK, today); // admitted 3 days ago: her health check is overdue
        return new OpenWork(her, session, inHouse, referral, batch, verification);
    }

    String one(String sql, Object... args) {
        return jdbc.queryForObject(sql, String.class, args);
    }

    @Test
    void resident_transferred_moves_her_open_work_to_the_receiving_home_and_cancels_what_stays_behind(Scenario scenario) {
        OpenWork w = openWork("Scenario Transfer Priya", 10);
        long ujala = lifecycle.homeId("SUN-L");
        long asha = lifecycle.homeId("SUN-T");

        SystemAuthentication.run(() -> scenario.publish(new ResidentTransferred(w.her().id(), ujala, asha, today, "Closer to her family"))
                .andWaitForStateChange(() -> one("select cancel_cause from medical_appointments where id = ?", w.inHouse()))
                .andVerify(cause -> {
                    assertThat(cause).isEqualTo("TRANSFERRED");
                    assertThat(one("select cancel_cause from counselling_sessions where id = ?", w.session())).isEqualTo("TRANSFERRED");
                    assertThat(one("select concat(status, ' ', home_id) from medical_appointments where id = ?", w.referral()))
                            .isEqualTo("PLANNED " + asha);
                    assertThat(one("select concat(status, ' ', dropout_reason) from training_enrolments where batch_id = ? and resident_id = ?",
                            w.batch(), w.her().id())).isEqualTo("DROPPED Left the home");
                    assertThat(one("select home_id from reint_verifications where id = ?", w.verification())).isEqualTo(String.valueOf(asha));
                    assertThat(one("select home_id from care_plans where resident_id = ?", w.her().id())).isEqualTo(String.valueOf(asha));
                    assertThat(one("select home_id from medical_health_checks where resident_id = ?", w.her().id())).isEqualTo(String.valueOf(asha));
                    assertThat(one("select home_id from alerts where resident_id = ? and rule_key = ? and open_marker = 1", w.her().id(),
                            HEALTH_CHECK)).isEqualTo(String.valueOf(asha));
                }));
    }

    @Test
    void resident_exited_closes_everything_that_no_longer_applies_and_schedules_her_follow_ups(Scenario scenario) {
        OpenWork w = openWork("Scenario Exit Sabina", 11);
        long ujala = lifecycle.homeId("SUN-L");

        SystemAuthentication.run(() -> scenario.publish(new ResidentExited(w.her().id(), ujala, ExitReason.OTHER, today,
                        "Sister's home, Kolkata"))
                .andWaitForStateChange(() -> one("select cancel_cause from counselling_sessions where id = ?", w.session()))
                .andVerify(cause -> {
                    assertThat(cause).isEqualTo("LEFT_HOME");
                    assertThat(one("select concat(status, ' ', cancel_cause) from medical_appointments where id = ?", w.inHouse()))
                            .isEqualTo("CANCELLED LEFT_HOME");
                    assertThat(one("select concat(status, ' ', cancel_cause) from medical_appointments where id = ?", w.referral()))
                            .isEqualTo("CANCELLED LEFT_HOME");
                    assertThat(one("select status from training_enrolments where batch_id = ? and resident_id = ?", w.batch(), w.her().id()))
                            .isEqualTo("DROPPED");
                    assertThat(one("select closed_on from medical_health_checks where resident_id = ?", w.her().id())).isEqualTo(today.toString());
                    assertThat(one("select closed_on from care_plans where resident_id = ?", w.her().id())).isEqualTo(today.toString());
                    assertThat(one("select resolution from alerts where resident_id = ? and rule_key = ?", w.her().id(), HEALTH_CHECK))
                            .isEqualTo("LEFT_CARE");
                    assertThat(jdbc.queryForObject("select count(*) from reint_followups where resident_id = ?", Integer.class, w.her().id()))
                            .isPositive();
                }));
    }
}
