package org.aashray.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.intake.IntakeService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.LiteracyLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class EnrolmentsWhenSheLeavesTest {

    @Autowired EnrolmentService enrolments;
    @Autowired BatchService batches;
    @Autowired IntakeService intakes;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;
    TrainingTestData data;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        data = new TrainingTestData(intakes, batches, jdbc);
    }

    String status(long batchId, long residentId) {
        return jdbc.queryForObject("select status from training_enrolments where batch_id = ? and resident_id = ?", String.class,
                batchId, residentId);
    }

    @Test
    void an_exit_closes_her_places_as_left_the_home_gives_her_seat_to_the_waitlist_and_keeps_her_certificate() {
        long her = fx.placedResident("SUN-L", "Trainee Exit Anjali").resident().id();
        long waiting = fx.placedResident("SUN-L", "Trainee Waiting Bina").resident().id();
        BatchSummary batch = data.sundayBatch("Tailoring", today.plusDays(7), today.plusWeeks(10), 1, 17);
        fx.as("trainer", () -> enrolments.enrol(batch.id(), her, LiteracyLevel.BASIC));
        fx.as("trainer", () -> enrolments.enrol(batch.id(), waiting, LiteracyLevel.BASIC));
        assertThat(status(batch.id(), waiting)).isEqualTo("WAITLISTED");
        BatchSummary earlier = data.sundayBatch("Tailoring", today.plusDays(14), today.plusWeeks(12), 5, 18);
        fx.as("trainer", () -> enrolments.enrol(earlier.id(), her, LiteracyLevel.BASIC));
        // a course she finished: its certificate stays hers
        jdbc.update("update training_enrolments set status = 'COMPLETED', completed_on = ?, certificate_number = ?"
                + " where batch_id = ? and resident_id = ?", today.minusDays(1), "LC-TRN-" + her, earlier.id(), her);

        lifecycle.exit(her);

        assertThat(status(batch.id(), her)).isEqualTo("DROPPED");
        assertThat(jdbc.queryForObject("select dropout_reason from training_enrolments where batch_id = ? and resident_id = ?",
                String.class, batch.id(), her)).isEqualTo(EnrolmentService.LEFT_HOME);
        assertThat(new BundleTranslationProvider().getTranslation("training.dropout.leftHome", Locale.ENGLISH)).isEqualTo("Left the home");
        assertThat(status(batch.id(), waiting)).as("her seat went to the waitlist").isEqualTo("ENROLLED");
        assertThat(status(earlier.id(), her)).isEqualTo(EnrolmentStatus.COMPLETED.name());
        assertThat(jdbc.queryForObject("select certificate_number from training_enrolments where batch_id = ? and resident_id = ?",
                String.class, earlier.id(), her)).isEqualTo("LC-TRN-" + her);
    }

    @Test
    void a_transfer_closes_her_places_in_the_batches_of_the_home_she_left() {
        long her = fx.placedResident("SUN-L", "Trainee Transfer Chhaya").resident().id();
        BatchSummary batch = data.sundayBatch("Tailoring", today.plusDays(7), today.plusWeeks(10), 5, 19);
        fx.as("trainer", () -> enrolments.enrol(batch.id(), her, LiteracyLevel.BASIC));

        lifecycle.transfer(her, "SUN-T");

        assertThat(status(batch.id(), her)).isEqualTo("DROPPED");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'TrainingEnrolment' and action = 'DROPOUT'"
                + " and home_id = ? and summary like '%left the home%'", Integer.class, lifecycle.homeId("SUN-L"))).isGreaterThanOrEqualTo(1);
    }
}
