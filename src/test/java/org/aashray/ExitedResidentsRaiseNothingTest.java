package org.aashray;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.counselling.SessionSummary;
import org.aashray.placements.absences.AbsenceKind;
import org.aashray.placements.absences.AbsenceService;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.casework.LegalCase;
import org.aashray.residents.casework.LegalCaseService;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.aashray.testsupport.RuleProbe;
import org.aashray.training.TrainingTestData;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every alert rule about a resident ignores her once she has left care: for each rule, an item of hers is due and
 * alerted, she leaves, and the rule's next run finds nothing of hers (her alert is resolved, no new one is raised).
 * The reintegration follow-ups are the work after she left, and the one exception. The two rules about no resident
 * ({@code homes.licence-expiring}, {@code inspections.action-overdue}) are not concerned.
 */
@AashrayIntegrationTest
class ExitedResidentsRaiseNothingTest {

    static final List<String> RULES = List.of("medical.admission-health-check", "careplans.care-plan-due",
            "counselling.attendance-not-recorded", "placements.absence-return", "placements.stay-over-limit",
            "residents.court-hearing", "residents.cwc-production", "residents.social-investigation", "training.outcome-check",
            "reintegration.verification-overdue", "reintegration.permit-expiring", "reintegration.follow-up");

    @Autowired RuleProbe probe;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;
    @Autowired CounsellingService counselling;
    @Autowired AbsenceService absences;
    @Autowired LegalCaseService legalCases;
    @Autowired EnrolmentService enrolments;
    @Autowired BatchService batches;
    @Autowired IntakeService intakes;
    @Autowired VerificationService verifications;
    @Autowired RepatriationService repatriations;

    final LocalDate today = LocalDate.now();

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(RULES.toArray(String[]::new));
    }

    /** The rule alerts her item; she leaves; the rule's next run leaves no open alert of that item, nor any about her. */
    void raisedThenSilentAfterExit(String key, String subjectType, long subjectId, long residentId) {
        probe.run(key, today);
        assertThat(probe.open(key, subjectType, subjectId)).as("%s alerts while she is in care", key).hasSize(1);

        lifecycle.exit(residentId);
        probe.run(key, today);
        probe.run(key, today);

        assertThat(probe.open(key, subjectType, subjectId)).as("%s after she left", key).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = ? and resident_id = ? and open_marker = 1",
                Integer.class, key, residentId)).isZero();
    }

    @Test
    void the_admission_health_check_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Health Kamala", 24, 3, null);
        long check = jdbc.queryForObject("select id from medical_health_checks where resident_id = ?", Long.class, her.id());
        raisedThenSilentAfterExit("medical.admission-health-check", "HealthCheck", check, her.id());
    }

    @Test
    void the_care_plan_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Plan Bela", 24, 60, null);
        long plan = jdbc.queryForObject("select id from care_plans where resident_id = ?", Long.class, her.id());
        raisedThenSilentAfterExit("careplans.care-plan-due", "CarePlan", plan, her.id());
    }

    @Test
    void the_attendance_not_recorded_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Session Dipa", 24, 30, null);
        LocalDateTime start = today.minusDays(5).atTime(17, 0);
        SessionSummary held = fx.as("counsellor", () -> counselling.book(new SessionRequest(her.homeId(), null, null,
                SessionKind.INDIVIDUAL, SessionMode.PHONE, List.of(her.id()), null, start, start.plusHours(1), "exit test", 1))).getFirst();
        raisedThenSilentAfterExit("counselling.attendance-not-recorded", "CounsellingSession", held.id(), her.id());
    }

    @Test
    void the_absence_return_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Absence Fulmoni", 24, 30, null);
        SystemAuthentication.run(() -> absences.startAbsence(her.id(), AbsenceKind.HOME_VISIT, today.minusDays(4), today.minusDays(1),
                "Visit to her mother"));
        long absence = jdbc.queryForObject("select id from placement_absences where resident_id = ?", Long.class, her.id());
        raisedThenSilentAfterExit("placements.absence-return", "Absence", absence, her.id());
    }

    @Test
    void the_stay_over_limit_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Stay Gouri", 24, 30, null); // transit: 10 days
        long placement = jdbc.queryForObject("select id from placements where resident_id = ? and end_date is null", Long.class, her.id());
        raisedThenSilentAfterExit("placements.stay-over-limit", "Placement", placement, her.id());
    }

    @Test
    void the_court_hearing_rule() {
        ResidentSummary her = lifecycle.placed("SUN-L", "Exited Hearing Ila", 24, 30, null);
        LegalCase legal = fx.as("caremanager", () -> legalCases.legalCase(her.id()));
        legal.setCourt("Sessions Court, Sundarpur");
        legal.setNextHearing(today.plusDays(5));
        fx.as("caremanager", () -> legalCases.saveLegalCase(her.id(), legal));
        raisedThenSilentAfterExit("residents.court-hearing", "LegalCase", her.id(), her.id());
    }

    @Test
    void the_cwc_production_rule() {
        ResidentSummary girl = lifecycle.placed("SUN-S", "Exited CWC Jhuma", 15, 1, today.minusDays(1));
        raisedThenSilentAfterExit("residents.cwc-production", "CwcProduction", girl.id(), girl.id());
    }

    @Test
    void the_social_investigation_rule() {
        ResidentSummary girl = lifecycle.placed("SUN-S", "Exited SIR Kalpana", 15, 13, null);
        raisedThenSilentAfterExit("residents.social-investigation", "SocialInvestigation", girl.id(), girl.id());
    }

    @Test
    void the_outcome_check_rule() {
        ResidentSummary her = lifecycle.placed("SUN-L", "Exited Outcome Lipika", 24, 200, null);
        BatchSummary batch = new TrainingTestData(intakes, batches, jdbc).sundayBatch("Tailoring", today.plusDays(7),
                today.plusWeeks(10), 5, 20);
        fx.as("trainer", () -> enrolments.enrol(batch.id(), her.id(), LiteracyLevel.BASIC));
        // she finished a course long enough ago for its first outcome check to be overdue
        jdbc.update("update training_enrolments set status = 'COMPLETED', completed_on = ?, certificate_number = ?"
                + " where batch_id = ? and resident_id = ?", today.minusDays(120), "EX-TRN-" + her.id(), batch.id(), her.id());
        long enrolment = jdbc.queryForObject("select id from training_enrolments where resident_id = ?", Long.class, her.id());
        raisedThenSilentAfterExit("training.outcome-check", "OutcomeCheck3", enrolment, her.id());
    }

    @Test
    void the_verification_overdue_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Verification Mitali", 24, 30, null);
        HomeVerification v = fx.as("caremanager", () -> verifications.request(new VerificationRequest(her.id(), DestinationKind.FAMILY,
                "Village Dhanpur", "Mother", null, "Partner NGO Canning", today)));
        raisedThenSilentAfterExit("reintegration.verification-overdue", "HomeVerification", v.getId(), her.id());
    }

    @Test
    void the_permit_expiring_rule() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Permit Nasrin", 24, 30, null);
        Repatriation started = fx.as("caremanager", () -> repatriations.start(her.id(), Country.BD));
        started.setPermitNumber("TP-EX-" + her.id());
        started.setPermitIssuedOn(today.minusDays(20));
        started.setPermitExpiresOn(today.plusDays(10));
        fx.as("caremanager", () -> repatriations.save(started.getId(), started, false));
        raisedThenSilentAfterExit("reintegration.permit-expiring", "Repatriation", started.getId(), her.id());
    }

    @Test
    void the_follow_up_rule_is_the_exception_it_alerts_about_her_after_she_left() {
        ResidentSummary her = lifecycle.placed("SUN-T", "Exited Follow-up Oindrila", 24, 30, null);
        lifecycle.exit(her.id());

        probe.run("reintegration.follow-up", today.plusYears(3)); // every follow-up of hers is late by then
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = 'reintegration.follow-up' and resident_id = ?"
                + " and open_marker = 1", Integer.class, her.id())).isPositive();
    }
}
