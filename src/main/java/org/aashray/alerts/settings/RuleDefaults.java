package org.aashray.alerts.settings;

import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A rule's first settings row, from its defaults; "insert ignore" because two nodes may see a new rule at once. */
@Repository
class RuleDefaults {

    private final JdbcTemplate jdbc;

    RuleDefaults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void ensureRow(AlertRule rule) {
        AlertDefaults d = rule.defaults();
        jdbc.update("insert ignore into alert_rule_settings (rule_key, enabled, lead_days, care_manager_after_days, "
                + "official_after_days, cron) values (?, true, ?, ?, ?, ?)", rule.key(), d.leadDays(),
                d.careManagerAfterDays(), d.officialAfterDays(), d.cron());
    }
}
