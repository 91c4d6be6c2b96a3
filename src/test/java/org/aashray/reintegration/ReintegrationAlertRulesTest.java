package org.aashray.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpMode;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpVisit;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reintegration deadlines as alerts: raised for the care manager, escalated, resolved when the work is recorded. */
@AashrayIntegrationTest
class ReintegrationAlertRulesTest {

    static final String VERIFICATION = "reintegration.verification-overdue";
    static final String FOLLOW_UP = "reintegration.follow-up";
    static final String PERMIT = "reintegration.permit-expiring";
    static final String CONCERN = "reintegration.follow-up-concern";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired VerificationService verifications;
    @Autowired ReadinessService readiness;
    @Autowired FollowUpService followUps;
    @Autowired RepatriationService repatriations;
    @Autowired PlacementService placements;
    @Autowired Scheduler scheduler;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(VERIFICATION, FOLLOW_UP, PERMIT, CONCERN);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    HomeVerification requestVerification(long residentId) {
        return fx.as("caremanager", () -> verifications.request(new VerificationRequest(residentId, DestinationKind.FAMILY,
                "Village Dhanpur, South 24 Parganas", "Mother", "counsellor", null, null)));
    }

    VerificationVisit safeVisit() {
        return new VerificationVisit(today(), "Mother", "Mother and two sisters", "Day labour", false, null, "None known",
                "Welcoming", "School nearby", "None", Recommendation.SAFE, "Family not involved");
    }

    @Test
    void a_verification_not_recorded_by_its_due_date_alerts_the_care_manager_escalates_and_resolves_once_recorded() {
        var placed = fx.placedResident("SUN-L", "Alert Verification Rekha");
        HomeVerification v = requestVerification(placed.resident().id());
        LocalDate due = v.getDueOn();

        LocalDate escalated = probe.raisesThenEscalates(VERIFICATION, "HomeVerification", v.getId(), placed.resident().homeId(),
                Role.CARE_MANAGER, due.plusDays(1), due, "Rekha");
        fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), safeVisit()));
        probe.resolvesOn(VERIFICATION, "HomeVerification", v.getId(), escalated.plusDays(1));
    }

    @Test
    void a_follow_up_warns_ahead_is_overdue_after_the_grace_period_escalates_and_resolves_once_recorded() {
        var placed = fx.placedResident("SUN-L", "Alert Follow-up Meena");
        long id = placed.resident().id();
        HomeVerification v = requestVerification(id);
        fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), safeVisit()));
        fx.as("counsellor", () -> readiness.record(id, Arrays.stream(ReadinessItem.values())
                .map(i -> new ReadinessItemAnswer(i, Answer.MET, "ok")).toList()));
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("caremanager", () -> placements.exit(ExitRequest.of(id, p.id(), p.version(), today(), ExitReason.RESTORED_TO_FAMILY,
                "Mother, Village Dhanpur", "CWC/REL/2026/18", null)));
        FollowUp first = fx.as("caremanager", () -> followUps.ofResident(id)).getFirst();
        LocalDate late = first.getDueOn().plusDays(7); // the default grace period

        // a week before the follow-up's date it is a warning; after the grace period it is overdue
        LocalDate escalated = probe.raisesThenEscalates(FOLLOW_UP, "FollowUp", first.getId(), placed.resident().homeId(),
                Role.CARE_MANAGER, first.getDueOn().minusDays(7), late, "Meena");
        fx.as("counsellor", () -> followUps.record(first.getId(), first.getVersion(), new FollowUpVisit(today(), FollowUpMode.PHONE,
                "Her mother", "Well, settled", "Tailoring unit", "None", "None", "Call again in two months", false)));
        probe.resolvesOn(FOLLOW_UP, "FollowUp", first.getId(), escalated);
    }

    @Test
    void a_travel_permit_expiring_alerts_ahead_escalates_once_expired_and_resolves_when_renewed() {
        var placed = fx.placedResident("SUN-T", "Alert Permit Salma");
        long id = placed.resident().id();
        Repatriation started = fx.as("caremanager", () -> repatriations.start(id, Country.BD));
        LocalDate expiry = today().plusDays(20);
        started.setNationalityRequestedOn(today().minusDays(40));
        started.setNationalityReceivedOn(today().minusDays(30));
        started.setPermitNumber("TP-BD-5511");
        started.setPermitIssuedOn(today().minusDays(10));
        started.setPermitExpiresOn(expiry);
        fx.as("caremanager", () -> repatriations.save(started.getId(), started, false));

        LocalDate escalated = probe.raisesThenEscalates(PERMIT, "Repatriation", started.getId(), placed.resident().homeId(),
                Role.CARE_MANAGER, today(), expiry, "Salma");
        Repatriation renewed = fx.as("caremanager", () -> repatriations.ofResident(id)).getFirst();
        renewed.setPermitExpiresOn(escalated.plusYears(1));
        fx.as("caremanager", () -> repatriations.save(renewed.getId(), renewed, false));
        probe.resolvesOn(PERMIT, "Repatriation", started.getId(), escalated);
    }

    @Test
    void a_concern_raised_at_a_follow_up_alerts_the_care_manager_at_once_and_resolves_when_what_was_done_is_recorded()
            throws Exception {
        var placed = fx.placedResident("SUN-L", "Alert Concern Lata");
        long id = placed.resident().id();
        FollowUp first = firstFollowUpAfterRestoring(id);
        FollowUp recorded = fx.as("counsellor", () -> followUps.record(first.getId(), first.getVersion(), new FollowUpVisit(today(),
                FollowUpMode.VISIT, "Her mother", "Frightened, stays indoors", null, "The agent was seen in the village", null,
                "Re-refer to the AHTU", true)));

        awaitTheRunTheConcernAskedFor(first.getId());
        LocalDate escalated = probe.raisesThenEscalates(CONCERN, "FollowUp", first.getId(), placed.resident().homeId(),
                Role.CARE_MANAGER, today(), today(), "Lata");
        assertThat(jdbc.queryForList("select route from alerts where rule_key = ? and open_marker = 1 and home_id = ?",
                String.class, CONCERN, placed.resident().homeId())).as("one open alert, for her").containsOnlyOnce("resident/" + id);

        fx.as("caremanager", () -> followUps.closeConcern(recorded.getId(), recorded.getVersion(), "Re-referred to the AHTU"));
        probe.resolvesOn(CONCERN, "FollowUp", first.getId(), escalated);
    }

    /** Restored to her family today (a safe verification and a ready check first): her first follow-up. */
    FollowUp firstFollowUpAfterRestoring(long id) {
        HomeVerification v = requestVerification(id);
        fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), safeVisit()));
        fx.as("counsellor", () -> readiness.record(id, Arrays.stream(ReadinessItem.values())
                .map(i -> new ReadinessItemAnswer(i, Answer.MET, "ok")).toList()));
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("caremanager", () -> placements.exit(ExitRequest.of(id, p.id(), p.version(), today(), ExitReason.RESTORED_TO_FAMILY,
                "Mother, Village Dhanpur", "CWC/REL/2026/19", null)));
        return fx.as("caremanager", () -> followUps.ofResident(id)).getFirst();
    }

    /**
     * Saving the concern ran the deadline on a job thread without waiting for the nightly run: its alert is there
     * within seconds. The run is let finish before the test moves the day on.
     */
    void awaitTheRunTheConcernAskedFor(long followUpId) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (probe.open(CONCERN, "FollowUp", followUpId).isEmpty() || scheduler.getCurrentlyExecutingJobs().stream()
                .anyMatch(job -> job.getJobDetail().getKey().getName().equals("alerts." + CONCERN))) {
            assertThat(Instant.now()).as("the concern's alert, raised at once").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
