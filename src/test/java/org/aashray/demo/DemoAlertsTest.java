package org.aashray.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertInbox;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** After every rule has run once, each demo login sees real alerts of the demo data (what "Run now" shows). */
@AashrayIntegrationTest
class DemoAlertsTest {

    @Autowired AlertRuleRegistry rules;
    @Autowired AlertInbox inbox;
    @Autowired RuleProbe probe;
    @Autowired ReintegrationFixtures fx;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(rules.all().stream().map(AlertRule::key).toArray(String[]::new));
    }

    @Test
    void every_demo_role_sees_alerts_of_its_own_after_the_rules_ran_and_no_alert_names_a_resident() {
        rules.all().forEach(r -> probe.run(r.key(), java.time.LocalDate.now(clock)));
        List<Map<String, Object>> byRule = jdbc.queryForList(
                "select rule_key, alerted_role, count(*) n from alerts where open_marker = 1 group by rule_key, alerted_role");
        System.out.println("[demo alerts] " + byRule);

        for (String login : List.of("caremanager", "counsellor", "medical", "reception", "trainer")) {
            List<AlertItem> mine = fx.as(login, () -> inbox.list(PageRequest.of(0, 200)));
            assertThat(mine).as("alerts of %s", login).isNotEmpty();
            assertThat(fx.as(login, () -> inbox.bellCount())).as("bell of %s", login).isPositive();
        }
        List<String> names = jdbc.queryForList("select name from residents", String.class);
        List<String> args = jdbc.queryForList("select coalesce(description_args, '') from alerts where open_marker = 1", String.class);
        assertThat(args).noneMatch(a -> names.stream().anyMatch(n -> n.length() > 3 && a.contains(n)));
    }
}
