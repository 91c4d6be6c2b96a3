package org.aashray.alerts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.ListRule;
import org.aashray.alerts.deadlines.HomeLicenceExpiringDeadline;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.aashray.base.ValidationException;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class AlertEngineTest {

    @Autowired AlertEngine engine;
    @Autowired AlertSettingsService settings;
    @Autowired AlertRuleRegistry rules;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired org.aashray.alerts.AlertInbox inbox;
    @Autowired org.aashray.reintegration.ReintegrationFixtures fx;

    private final Instant t0 = Instant.parse("2030-01-10T06:00:00Z");
    private LocalDate today;
    private long home;

    @AfterEach
    void deleteTestAlerts() {
        ListRule.deleteTestAlerts(jdbc);
    }

    @BeforeEach
    void setUp() {
        today = LocalDate.ofInstant(t0, clock.getZone());
        home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
    }

    private EvaluationResult run(AlertRule rule, Instant at) {
        return SystemAuthentication.call(() -> engine.evaluate(rule, at));
    }

    private Map<String, Object> alertOf(AlertRule rule, long subjectId) {
        return jdbc.queryForMap("select * from alerts where rule_key = ? and subject_id = ? and open_marker = 1",
                rule.key(), subjectId);
    }

    private int rows(AlertRule rule, String where) {
        return jdbc.queryForObject("select count(*) from alerts where rule_key = ? and " + where, Integer.class, rule.key());
    }

    @Test
    void a_due_item_raises_one_alert_and_a_rerun_updates_it_instead_of_duplicating() {
        ListRule rule = new ListRule("raise", Role.COUNSELLOR);
        rule.add(1, home, today.plusDays(5));
        rule.add(2, home, today.minusDays(1));
        rule.add(3, home, today.plusDays(30)); // beyond the 7-day lead time: not yet

        EvaluationResult first = run(rule, t0);
        assertThat(first.raised()).isEqualTo(2);
        assertThat(alertOf(rule, 2).get("overdue")).isEqualTo(true);
        assertThat(alertOf(rule, 1).get("overdue")).isEqualTo(false);

        EvaluationResult again = run(rule, t0);
        assertThat(again.raised()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(rows(rule, "true")).isEqualTo(2);

        rule.add(1, home, today.plusDays(6));
        EvaluationResult moved = run(rule, t0.plus(Duration.ofHours(1)));
        assertThat(moved.updated()).isEqualTo(1);
        assertThat(rows(rule, "true")).isEqualTo(2);
        assertThat(alertOf(rule, 1).get("due_date").toString()).isEqualTo(today.plusDays(6).toString());

        // the due date passes: the next run marks it overdue, still one alert
        EvaluationResult later = run(rule, t0.plus(Duration.ofDays(7)));
        assertThat(later.updated()).isEqualTo(1);
        assertThat(alertOf(rule, 1).get("overdue")).isEqualTo(true);
        assertThat(rows(rule, "true")).isEqualTo(2);
    }

    @Test
    void an_overdue_alert_nobody_acknowledged_escalates_to_the_care_manager_after_3_days_and_the_district_after_7() {
        ListRule rule = new ListRule("escalate", Role.COUNSELLOR);
        rule.add(1, home, today.minusDays(1));
        rule.add(2, home, today.minusDays(1));
        run(rule, t0);
        jdbc.update("update alerts set status = 'ACKNOWLEDGED' where rule_key = ? and subject_id = 2", rule.key());

        run(rule, t0.plus(Duration.ofDays(2)));
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(0);
        run(rule, t0.plus(Duration.ofDays(3)));
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(AlertItem.CARE_MANAGER_LEVEL);
        run(rule, t0.plus(Duration.ofDays(6)));
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(AlertItem.CARE_MANAGER_LEVEL);
        EvaluationResult day7 = run(rule, t0.plus(Duration.ofDays(7)));
        assertThat(day7.escalated()).isEqualTo(1);
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(AlertItem.DISTRICT_LEVEL);
        assertThat(alertOf(rule, 2).get("escalation_level")).as("acknowledged: not escalated").isEqualTo(0);
    }

    @Test
    void a_warning_escalates_only_once_it_is_overdue() {
        ListRule rule = new ListRule("warning", Role.COUNSELLOR);
        rule.add(1, home, today.plusDays(5));
        run(rule, t0);
        run(rule, t0.plus(Duration.ofDays(5)));
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(0);
        run(rule, t0.plus(Duration.ofDays(9))); // overdue since day 6: 3 days
        assertThat(alertOf(rule, 1).get("escalation_level")).isEqualTo(AlertItem.CARE_MANAGER_LEVEL);
    }

    @Test
    void an_alert_resolves_itself_when_the_item_is_done_and_a_new_deadline_raises_a_new_one() {
        ListRule rule = new ListRule("resolve", Role.MEDICAL);
        rule.add(1, home, today.minusDays(2));
        rule.add(2, home, today.plusDays(1));
        run(rule, t0);
        rule.done(1);

        EvaluationResult result = run(rule, t0.plus(Duration.ofHours(2)));
        assertThat(result.resolved()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select concat(status, '/', resolution) from alerts where rule_key = ? and subject_id = 1",
                String.class, rule.key())).isEqualTo("RESOLVED/DONE");
        assertThat(rows(rule, "open_marker = 1")).isEqualTo(1);

        rule.add(1, home, today.plusDays(3)); // the next follow-up of the same subject
        assertThat(run(rule, t0.plus(Duration.ofHours(3))).raised()).isEqualTo(1);
        assertThat(rows(rule, "subject_id = 1")).isEqualTo(2);
        assertThat(rows(rule, "subject_id = 1 and open_marker = 1")).isEqualTo(1);
    }

    @Test
    void an_alert_resolved_by_hand_while_its_item_is_still_due_comes_back_at_the_next_run_linked_to_the_resolved_one() {
        ListRule rule = new ListRule("byhand", Role.COUNSELLOR);
        rule.add(1, home, today.minusDays(1));
        run(rule, t0);
        long first = alertOf(rule, 1).get("id") instanceof Number n ? n.longValue() : -1;
        jdbc.update("update alerts set status = 'RESOLVED', open_marker = null, resolution = 'MANUAL', "
                + "resolved_by = 'caremanager', resolution_reason = 'Phoned the family' where id = ?", first);

        assertThat(run(rule, t0.plus(Duration.ofDays(1))).raised()).isEqualTo(1);
        assertThat(run(rule, t0.plus(Duration.ofDays(1))).raised()).isZero();
        assertThat(rows(rule, "open_marker = 1")).isEqualTo(1);
        assertThat(((Number) alertOf(rule, 1).get("previous_alert_id")).longValue()).isEqualTo(first);

        rule.done(1); // the item itself is dealt with: the new alert resolves as done, and nothing comes back
        run(rule, t0.plus(Duration.ofDays(2)));
        assertThat(rows(rule, "open_marker = 1")).isZero();
        assertThat(run(rule, t0.plus(Duration.ofDays(3))).raised()).isZero();
    }

    /** Issue 19: the licence alert resolved by hand, then "Run now": the licence still expires, the alert is back once. */
    @Test
    void the_licence_alert_resolved_by_hand_is_open_again_exactly_once_after_the_rule_runs() {
        AlertRule licence = rules.find(HomeLicenceExpiringDeadline.KEY).orElseThrow();
        long sunT = home; // the demo's licence that runs out in a month
        try {
            run(licence, clock.instant());
            long resolved = ((Number) alertOf(licence, sunT).get("id")).longValue();
            fx.as("caremanager", () -> inbox.resolve(resolved, "Renewal application filed"));
            assertThat(rows(licence, "subject_id = " + sunT + " and open_marker = 1")).isZero();

            run(licence, clock.instant());
            run(licence, clock.instant().plusSeconds(60));
            assertThat(rows(licence, "subject_id = " + sunT + " and open_marker = 1")).isEqualTo(1);
            long again = ((Number) alertOf(licence, sunT).get("id")).longValue();
            assertThat(fx.as("caremanager", () -> inbox.earlierResolutions(again))).singleElement()
                    .satisfies(n -> assertThat(n.author()).isEqualTo("caremanager"))
                    .satisfies(n -> assertThat(n.text()).isEqualTo("Renewal application filed"));
        } finally {
            jdbc.update("delete from alerts where rule_key = ? and subject_id = ?", licence.key(), sunT);
        }
    }

    @Test
    void the_database_refuses_a_second_open_alert_for_one_subject() {
        ListRule rule = new ListRule("unique", Role.MEDICAL);
        rule.add(1, home, today);
        run(rule, t0);
        assertThatThrownBy(() -> jdbc.update("""
                insert into alerts (rule_key, subject_type, subject_id, home_id, title_key, severity, severity_rank,
                  alerted_role, due_date, overdue, description_key, status, open_marker, raised_at, raised_on, updated_at)
                select rule_key, subject_type, subject_id, home_id, title_key, severity, severity_rank, alerted_role,
                  due_date, overdue, description_key, status, open_marker, raised_at, raised_on, updated_at
                from alerts where rule_key = ?""", rule.key())).hasMessageContaining("Duplicate");
    }

    @Test
    void a_switched_off_rule_leaves_its_alerts_alone() {
        ListRule rule = new ListRule("off", Role.MEDICAL);
        rule.add(1, home, today);
        run(rule, t0);
        jdbc.update("update alert_rule_settings set enabled = false where rule_key = ?", rule.key());
        rule.done(1);
        assertThat(run(rule, t0).resolved()).isZero();
        assertThat(rows(rule, "open_marker = 1")).isEqualTo(1);
    }

    @Test
    void rule_settings_start_from_the_rule_defaults_and_bad_values_are_refused_field_by_field() {
        RuleSettings licence = SystemAuthentication.call(() -> settings.list()).stream()
                .filter(s -> s.ruleKey().equals(HomeLicenceExpiringDeadline.KEY)).findFirst().orElseThrow();
        assertThat(licence.leadDays()).isEqualTo(60);
        assertThat(licence.careManagerAfterDays()).isEqualTo(3);
        assertThat(licence.officialAfterDays()).isEqualTo(7);

        assertThatThrownBy(() -> SystemAuthentication.call(() -> settings.save(licence.withValues(true, 0, 5, 5, "every day"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("leadDays", "officialAfterDays", "cron"));
        RuleSettings saved = SystemAuthentication.call(() -> settings.save(licence.withValues(true, 45, 3, 7, "0 0 3 * * ?")));
        assertThat(saved.leadDays()).isEqualTo(45);
        SystemAuthentication.call(() -> settings.save(saved.withValues(true, 60, 3, 7, "0 15 2 * * ?")));
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'AlertRuleSettings'",
                Integer.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_licence_rule_warns_within_its_lead_time_and_resolves_when_the_licence_is_renewed() {
        AlertRule licence = rules.find(HomeLicenceExpiringDeadline.KEY).orElseThrow();
        Instant now = clock.instant();
        LocalDate expiry = LocalDate.ofInstant(now, clock.getZone()).plusDays(20);
        long nadT = jdbc.queryForObject("select id from homes where code = 'NAD-T'", Long.class);
        LocalDate original = jdbc.queryForObject("select licence_expiry from homes where id = ?", LocalDate.class, nadT);
        try {
            jdbc.update("update homes set licence_expiry = ? where id = ?", expiry, nadT);
            run(licence, now);
            assertThat(alertOf(licence, nadT)).containsEntry("home_id", nadT).containsEntry("overdue", false)
                    .containsEntry("alerted_role", "CARE_MANAGER");

            jdbc.update("update homes set licence_expiry = ? where id = ?", expiry.plusYears(1), nadT);
            run(licence, now.plusSeconds(60));
            assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = ? and subject_id = ? and open_marker = 1",
                    Integer.class, licence.key(), nadT)).isZero();
        } finally {
            jdbc.update("update homes set licence_expiry = ? where id = ?", original, nadT);
        }
    }
}
