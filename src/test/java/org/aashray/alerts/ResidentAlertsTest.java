package org.aashray.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Her open alerts follow her transfer and close at her exit, in that change's own transaction (no rule run between). */
@AashrayIntegrationTest
class ResidentAlertsTest {

    static final String HEALTH_CHECK = "medical.admission-health-check";
    static final String FOLLOW_UP = "reintegration.follow-up";

    @Autowired RuleProbe probe;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(HEALTH_CHECK, FOLLOW_UP);
    }

    List<Map<String, Object>> openAbout(long residentId) {
        return jdbc.queryForList("select * from alerts where resident_id = ? and open_marker = 1", residentId);
    }

    @Test
    void a_transfer_re_addresses_her_open_alerts_to_the_receiving_home_and_the_next_run_keeps_them_there() {
        long her = fx.placedResident("SUN-T", "Alert Transfer Gita", 24, 3).resident().id();
        probe.run(HEALTH_CHECK, LocalDate.now());
        assertThat(openAbout(her)).singleElement().satisfies(a -> assertThat(a).containsEntry("home_id", lifecycle.homeId("SUN-T")));

        lifecycle.transfer(her, "SUN-L");

        long ujala = lifecycle.homeId("SUN-L");
        assertThat(openAbout(her)).singleElement().satisfies(a -> assertThat(a).containsEntry("home_id", ujala)
                .containsEntry("rule_key", HEALTH_CHECK).containsEntry("assignee_id", null));
        probe.run(HEALTH_CHECK, LocalDate.now());
        assertThat(openAbout(her)).singleElement().satisfies(a -> assertThat(a).containsEntry("home_id", ujala));
        assertThat(jdbc.queryForObject("select count(*) from alerts where resident_id = ? and home_id = ?", Integer.class, her,
                lifecycle.homeId("SUN-T"))).as("no alert about her is addressed to the home she left").isZero();
    }

    @Test
    void an_exit_resolves_every_open_alert_about_her_except_the_follow_ups_and_nothing_comes_back() {
        long her = fx.placedResident("SUN-T", "Alert Exit Hema", 24, 3).resident().id();
        long home = lifecycle.homeId("SUN-T");
        probe.run(HEALTH_CHECK, LocalDate.now());
        // a follow-up of an earlier stay, still open when she leaves again (a returning survivor)
        jdbc.update("""
                insert into alerts (rule_key, subject_type, subject_id, home_id, title_key, severity, severity_rank, alerted_role,
                    due_date, overdue, description_key, status, open_marker, escalation_level, raised_at, raised_on, updated_at,
                    resident_id)
                values (?, 'FollowUp', ?, ?, 'reintegration.alert.followUp', 'URGENT', 3, 'CARE_MANAGER', ?, true,
                    'reintegration.alert.followUp.item', 'OPEN', 1, 0, now(), ?, now(), ?)""",
                FOLLOW_UP, 900_000_000L + her, home, LocalDate.now().minusDays(3), LocalDate.now(), her);
        assertThat(openAbout(her)).hasSize(2);

        lifecycle.exit(her);

        assertThat(openAbout(her)).singleElement().satisfies(a -> assertThat(a).containsEntry("rule_key", FOLLOW_UP));
        assertThat(jdbc.queryForMap("select status, resolution, open_marker from alerts where resident_id = ? and rule_key = ?",
                her, HEALTH_CHECK)).containsEntry("status", "RESOLVED").containsEntry("resolution", "LEFT_CARE")
                .containsEntry("open_marker", null);
        probe.run(HEALTH_CHECK, LocalDate.now());
        assertThat(jdbc.queryForObject("select count(*) from alerts where resident_id = ? and rule_key = ? and open_marker = 1",
                Integer.class, her, HEALTH_CHECK)).as("her closed health check raises nothing again").isZero();
    }
}
