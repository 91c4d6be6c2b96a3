package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A home's licence is about to expire: the scheduled rule raises an alert, the care manager sees the bell
 * count, opens the alert from the inbox and resolves it with a reason. The licence still runs out, so the next run
 * raises it again; the dialog says it was resolved before, and shows "Acknowledged" once she acknowledges it.
 */
class AlertJourneyTest extends BrowserTest {

    private static final String LICENCE_RULE = "homes.licence-expiring";

    @Autowired JdbcTemplate jdbc;
    @Autowired AlertSettingsService settings;
    @Autowired Clock clock;

    @Test
    void the_care_manager_sees_the_licence_alert_on_the_bell_opens_it_and_resolves_it() throws Exception {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class);
        LocalDate original = jdbc.queryForObject("select licence_expiry from homes where id = ?", LocalDate.class, home);
        try {
            jdbc.update("update homes set licence_expiry = ? where id = ?", LocalDate.now(clock).plusDays(10), home);
            SystemAuthentication.run(() -> settings.runNow(LICENCE_RULE)); // through Quartz, as the schedule would
            long alert = waitForOpenAlert(home);
            assertThat(jdbc.queryForObject("select summary from job_runs where job_name = ? order by id desc limit 1",
                    String.class, "alerts." + LICENCE_RULE)).contains("raised");

            new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
            new DashboardPage(driver).greeting();
            AlertsPage alerts = new AlertsPage(driver);
            long count = alerts.bellCount();
            assertThat(count).isGreaterThanOrEqualTo(1);
            screenshot("alerts-bell");

            String description = alerts.openInboxFromBell().openAlert(alert);
            assertThat(description).contains("Ujala Long-term Home");
            screenshot("alerts-dialog");
            alerts.resolveWithReason("Renewal filed with the department");

            assertThat(alerts.bellShows(count - 1)).isTrue();
            assertThat(jdbc.queryForObject("select status from alerts where id = ?", String.class, alert)).isEqualTo("RESOLVED");
            screenshot("alerts-resolved");

            // The licence still runs out in 10 days: "Run now" raises it again, and the dialog says it was resolved before.
            SystemAuthentication.run(() -> settings.runNow(LICENCE_RULE));
            long again = waitForOpenAlert(home);
            assertThat(again).isNotEqualTo(alert);
            alerts.openInboxFromBell();
            assertThat(alerts.bellShows(count)).isTrue();
            alerts.openAlert(again);
            assertThat(alerts.earlierResolutions()).contains("Renewal filed with the department", "caremanager");
            assertThat(alerts.facts()).contains("Open");
            alerts.acknowledge();
            assertThat(alerts.facts()).contains("Acknowledged (caremanager)").doesNotContain("Open");
            screenshot("alerts-raised-again-acknowledged");
        } finally {
            jdbc.update("update homes set licence_expiry = ? where id = ?", original, home);
            jdbc.update("delete from alerts where rule_key = ? and subject_id = ?", LICENCE_RULE, home);
        }
    }

    private long waitForOpenAlert(long home) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var ids = jdbc.queryForList("select id from alerts where rule_key = ? and subject_id = ? and open_marker = 1",
                    Long.class, LICENCE_RULE, home);
            if (!ids.isEmpty()) {
                return ids.getFirst();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The licence rule raised no alert within 60 s");
    }
}
