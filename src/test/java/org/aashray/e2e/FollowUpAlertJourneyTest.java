package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A follow-up after her return home is missed: the scheduled rule raises an alert, the care manager sees it on
 * the bell, opens it, goes from the alert to the resident, records the follow-up, and the next run resolves it.
 */
class FollowUpAlertJourneyTest extends BrowserTest {

    private static final String RULE = "reintegration.follow-up";

    @Autowired ReintegrationFixtures fx;
    @Autowired VerificationService verifications;
    @Autowired ReadinessService readiness;
    @Autowired FollowUpService followUps;
    @Autowired PlacementService placements;
    @Autowired AlertSettingsService settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_missed_follow_up_is_on_the_care_managers_bell_she_records_it_from_the_alert_and_the_alert_resolves() throws Exception {
        try {
            journey();
        } catch (Throwable t) {
            screenshot("followup-alert-failed");
            throw t;
        } finally {
            jdbc.update("delete c from alert_comments c join alerts a on a.id = c.alert_id where a.rule_key = ?", RULE);
            jdbc.update("delete from alerts where rule_key = ?", RULE);
        }
    }

    private void journey() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = fx.placedResident("SUN-L", "Journey Follow-up Anita " + (System.nanoTime() % 10000)).resident().id();
        String caseNumber = jdbc.queryForObject("select case_number from residents where id = ?", String.class, id);
        HomeVerification v = fx.as("caremanager", () -> verifications.request(new VerificationRequest(id, DestinationKind.FAMILY,
                "Village Dhanpur", "Mother", "counsellor", null, null)));
        fx.as("counsellor", () -> verifications.record(v.getId(), v.getVersion(), new VerificationVisit(today, "Mother",
                "Mother and sisters", "Day labour", false, null, "None", "Welcoming", "School nearby", "None",
                Recommendation.SAFE, "Family not involved")));
        fx.as("counsellor", () -> readiness.record(id, Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, Answer.MET, null)).toList()));
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("caremanager", () -> placements.exit(ExitRequest.of(id, p.id(), p.version(), today,
                ExitReason.RESTORED_TO_FAMILY, "Mother, Village Dhanpur", "CWC/REL/2026/31", null)));
        FollowUp first = fx.as("caremanager", () -> followUps.ofResident(id)).getFirst();
        // the clock moved on: the 1-month follow-up was due two weeks ago, past the 7-day grace period
        jdbc.update("update reint_followups set due_on = ? where id = ?", today.minusDays(14), first.getId());

        SystemAuthentication.run(() -> settings.runNow(RULE)); // through Quartz, as the schedule would
        long alert = waitFor("select id from alerts where rule_key = ? and subject_id = ? and open_marker = 1", first.getId());

        new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
        new DashboardPage(driver).greeting();
        AlertsPage alerts = new AlertsPage(driver);
        long count = alerts.bellCount();
        assertThat(count).isGreaterThanOrEqualTo(1);
        screenshot("followup-alert-1-bell");

        String description = alerts.openInboxFromBell().openAlert(alert);
        assertThat(description).contains(caseNumber).doesNotContain("Anita");
        screenshot("followup-alert-2-dialog");
        alerts.openRecord();
        page().until(d -> d.getCurrentUrl().endsWith("resident/" + id));

        ReintegrationPage tab = new ReintegrationPage(driver).openTab();
        tab.recordFollowUp(first.getId(), today, "Well, living with her mother, goes to the tailoring unit");
        screenshot("followup-alert-3-recorded");
        assertThat(jdbc.queryForObject("select status from reint_followups where id = ?", String.class, first.getId()))
                .isEqualTo("DONE");

        SystemAuthentication.run(() -> settings.runNow(RULE));
        waitFor("select id from alerts where id = ? and status = 'RESOLVED'", alert);
        alerts.openInboxFromBell(); // navigating refreshes the bell
        assertThat(alerts.bellShows(count - 1)).isTrue();
        screenshot("followup-alert-4-resolved");
    }

    private long waitFor(String sql, long arg) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var ids = sql.contains("rule_key") ? jdbc.queryForList(sql, Long.class, RULE, arg) : jdbc.queryForList(sql, Long.class, arg);
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Nothing matched within 60 s: " + sql);
    }
}
