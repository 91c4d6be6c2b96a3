package org.aashray.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.engine.EvaluationResult;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a feature's alert rule through the engine on a given day (as the Quartz job does, under the system
 * authentication) and reads the alerts it keeps. Each test removes its rule's alerts afterwards, because the
 * whole run shares one demo database and other tests count alerts (the bell).
 */
@Component
public class RuleProbe {

    private final AlertEngine engine;
    private final AlertRuleRegistry rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RuleProbe(AlertEngine engine, AlertRuleRegistry rules, JdbcTemplate jdbc, Clock clock) {
        this.engine = engine;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AlertRule rule(String key) {
        return rules.find(key).orElseThrow(() -> new AssertionError("No alert rule " + key));
    }

    /** Evaluates the rule as its job would at 06:00 on {@code day}. */
    public EvaluationResult run(String key, LocalDate day) {
        AlertRule rule = rule(key);
        Instant at = day.atTime(6, 0).atZone(clock.getZone()).toInstant();
        return SystemAuthentication.call(() -> engine.evaluate(rule, at));
    }

    public List<Map<String, Object>> open(String key, String subjectType, long subjectId) {
        return jdbc.queryForList("select * from alerts where rule_key = ? and subject_type = ? and subject_id = ? and open_marker = 1",
                key, subjectType, subjectId);
    }

    /** The newest alert of the subject, open or not. */
    public Map<String, Object> latest(String key, String subjectType, long subjectId) {
        return jdbc.queryForMap("select * from alerts where rule_key = ? and subject_type = ? and subject_id = ? order by id desc limit 1",
                key, subjectType, subjectId);
    }

    /**
     * On {@code raiseOn} exactly one alert is raised for the subject, for its home and the alerted role, without
     * the resident's {@code name} (a second
     * run does not duplicate it); once it has been overdue for more than 3 days unacknowledged (the rule's
     * default) it escalates to the care manager. Returns the day of the escalation.
     */
    public LocalDate raisesThenEscalates(String key, String subjectType, long subjectId, long homeId, Role role,
                                         LocalDate raiseOn, LocalDate due, String name) {
        run(key, raiseOn);
        run(key, raiseOn);
        assertThat(open(key, subjectType, subjectId)).as("one open alert for %s %s", subjectType, subjectId).singleElement()
                .satisfies(a -> {
                    assertThat(a).containsEntry("home_id", homeId).containsEntry("alerted_role", role.name())
                            .containsEntry("overdue", due.isBefore(raiseOn)).containsEntry("escalation_level", 0);
                    assertThat(a.get("due_date").toString()).isEqualTo(due.toString());
                    if (name != null) {
                        assertThat(String.valueOf(a.get("description_args"))).as("no name in an alert").doesNotContain(name);
                    }
                });
        LocalDate later = due.plusDays(4);
        run(key, later);
        assertThat(open(key, subjectType, subjectId)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("overdue", true).containsEntry("escalation_level", 1));
        return later;
    }

    /** After the item was completed through its feature, the next run resolves the alert as done. */
    public void resolvesOn(String key, String subjectType, long subjectId, LocalDate day) {
        EvaluationResult result = run(key, day);
        assertThat(result.resolved()).isGreaterThanOrEqualTo(1);
        assertThat(open(key, subjectType, subjectId)).isEmpty();
        assertThat(latest(key, subjectType, subjectId)).containsEntry("status", "RESOLVED").containsEntry("resolution", "DONE");
    }

    /**
     * After she left care: her exit has already resolved the alert (resolution LEFT_CARE, in the exit's transaction),
     * and the next run raises it again for nobody.
     */
    public void resolvedByHerExit(String key, String subjectType, long subjectId, LocalDate day) {
        assertThat(open(key, subjectType, subjectId)).as("open once she left").isEmpty();
        assertThat(latest(key, subjectType, subjectId)).containsEntry("status", "RESOLVED").containsEntry("resolution", "LEFT_CARE");
        run(key, day);
        assertThat(open(key, subjectType, subjectId)).as("raised again after she left").isEmpty();
    }

    /** Removes every alert of these rules (and their comments). */
    public void cleanUp(String... keys) {
        for (String key : keys) {
            jdbc.update("delete c from alert_comments c join alerts a on a.id = c.alert_id where a.rule_key = ?", key);
            jdbc.update("delete from alerts where rule_key = ?", key);
        }
    }
}
