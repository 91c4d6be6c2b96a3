package org.aashray.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.outcomes.LivelihoodService;
import org.aashray.training.outcomes.Outcome;
import org.aashray.training.outcomes.OutcomeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class OutcomeCheckAlertRuleTest {

    static final String KEY = "training.outcome-check";

    @Autowired RuleProbe probe;
    @Autowired BatchService batches;
    @Autowired EnrolmentService enrolments;
    @Autowired AttendanceService attendance;
    @Autowired LivelihoodService outcomes;
    @Autowired IntakeService residents;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    @WithUserDetails("trainer")
    void an_outcome_check_not_recorded_alerts_the_trainer_before_its_grace_period_ends_escalates_and_resolves_once_recorded() {
        TrainingTestData data = new TrainingTestData(residents, batches, jdbc);
        LocalDate start = LocalDate.now().minusWeeks(10).with(DayOfWeek.SUNDAY);
        BatchSummary batch = data.sundayBatch("Computer basics", start, start.plusWeeks(2), 5, 11);
        long her = data.resident("SUN-L", "Alert Outcome Nirmala", 27);
        enrolments.enrol(batch.id(), her, LiteracyLevel.PRIMARY);
        long enrolmentId = enrolments.trainees(batch.id()).getFirst().enrolmentId();
        batches.sessions(batch.id()).forEach(s -> attendance.mark(s.id(), Map.of(enrolmentId, true)));
        enrolments.complete(batch.id(), batches.summary(batch.id()).version());
        LocalDate check = batch.endDate().plusMonths(3);
        LocalDate overdueFrom = check.plusDays(14); // the default grace period
        long home = data.homeId("SUN-L");

        LocalDate escalated = probe.raisesThenEscalates(KEY, "OutcomeCheck3", enrolmentId, home, Role.TRAINER,
                overdueFrom.minusDays(5), overdueFrom, "Nirmala");
        Outcome job = new Outcome();
        job.setKind(OutcomeKind.JOB);
        job.setCheckMonth(3);
        job.setRecordedOn(LocalDate.now());
        job.setEmployer("Data entry office");
        job.setJobRole("Data entry operator");
        job.setMonthlyWage(new java.math.BigDecimal("11000"));
        outcomes.record(enrolmentId, job);
        probe.resolvesOn(KEY, "OutcomeCheck3", enrolmentId, escalated);
    }
}
