package org.aashray.alerts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The engine's SQL. Writes are idempotent so that two nodes evaluating the same rule at once still leave one
 * open alert per subject: the unique key (rule, subject, open_marker) turns a second insert into an update.
 */
@Repository
class AlertStore {

    static final String ARG_SEPARATOR = "\u001F";

    record Subject(String type, long id) {
    }

    record OpenAlert(long id, long homeId, LocalDate dueDate, boolean overdue, String descriptionKey, String args,
                     String route) {
    }

    private static final String UPSERT = """
            insert into alerts (rule_key, subject_type, subject_id, home_id, title_key, severity, severity_rank,
                alerted_role, due_date, overdue, description_key, description_args, route, status, open_marker,
                escalation_level, raised_at, raised_on, updated_at)
            select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, ?, ?, ?, ? from dual
            where not exists (select 1 from alerts m where m.rule_key = ? and m.subject_type = ? and m.subject_id = ?
                              and m.due_date = ? and m.resolution = 'MANUAL')
            on duplicate key update home_id = values(home_id), title_key = values(title_key),
                severity = values(severity), severity_rank = values(severity_rank), alerted_role = values(alerted_role),
                due_date = values(due_date), overdue = values(overdue), description_key = values(description_key),
                description_args = values(description_args), route = values(route), updated_at = values(updated_at)""";

    private final JdbcTemplate jdbc;

    AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule's open alerts; an index on (rule_key, open_marker) keeps this proportional to them. */
    Map<Subject, OpenAlert> openAlerts(String ruleKey) {
        Map<Subject, OpenAlert> open = new HashMap<>();
        jdbc.query("""
                select id, subject_type, subject_id, home_id, due_date, overdue, description_key, description_args, route
                from alerts where rule_key = ? and open_marker = 1""", rs -> {
            open.put(new Subject(rs.getString(2), rs.getLong(3)), new OpenAlert(rs.getLong(1), rs.getLong(4),
                    rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9)));
        }, ruleKey);
        return open;
    }

    void upsert(AlertRule rule, List<DueItem> items, LocalDate today, Instant now) {
        Timestamp at = timestamp(now);
        jdbc.batchUpdate(UPSERT, items, items.size(), (ps, item) -> {
            int i = 1;
            ps.setString(i++, rule.key());
            ps.setString(i++, item.subjectType());
            ps.setLong(i++, item.subjectId());
            ps.setLong(i++, item.homeId());
            ps.setString(i++, rule.titleKey());
            ps.setString(i++, rule.severity().name());
            ps.setInt(i++, rule.severity().rank());
            ps.setString(i++, rule.alertedRole().name());
            ps.setDate(i++, Date.valueOf(item.dueDate()));
            ps.setBoolean(i++, item.dueDate().isBefore(today));
            ps.setString(i++, item.descriptionKey());
            ps.setString(i++, args(item));
            ps.setString(i++, item.route());
            ps.setInt(i++, rule.scope() == AlertScope.DISTRICT ? AlertItem.DISTRICT_LEVEL : 0);
            ps.setTimestamp(i++, at);
            ps.setDate(i++, Date.valueOf(today));
            ps.setTimestamp(i++, at);
            ps.setString(i++, rule.key());
            ps.setString(i++, item.subjectType());
            ps.setLong(i++, item.subjectId());
            ps.setDate(i, Date.valueOf(item.dueDate()));
        });
    }

    /** Resolves alerts whose item the rule no longer returns; a row already resolved by another node is skipped. */
    int resolveDone(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        return jdbc.update("update alerts set status = 'RESOLVED', open_marker = null, resolution = 'DONE', "
                + "resolved_at = ?, resolved_by = 'system', updated_at = ? where open_marker = 1 and id in (" + in + ")",
                timestamp(now), timestamp(now));
    }

    /**
     * Raises the escalation level of the rule's overdue alerts nobody acknowledged: counted from the day the
     * alert became overdue (the day after its due date, or the day it was raised if later).
     */
    int escalate(String ruleKey, int level, LocalDate overdueSinceOnOrBefore, Instant now) {
        return jdbc.update("""
                update alerts set escalation_level = ?, escalated_at = ?, updated_at = ?
                where rule_key = ? and open_marker = 1 and status = 'OPEN' and overdue and escalation_level < ?
                  and greatest(raised_on, date_add(due_date, interval 1 day)) <= ?""",
                level, timestamp(now), timestamp(now), ruleKey, level, Date.valueOf(overdueSinceOnOrBefore));
    }

    /** Creates the rule's settings from its defaults unless a row exists (two nodes may do this at once). */
    void ensureSettings(AlertRule rule) {
        AlertDefaults d = rule.defaults();
        jdbc.update("insert ignore into alert_rule_settings (rule_key, enabled, lead_days, care_manager_after_days, "
                + "official_after_days, cron) values (?, true, ?, ?, ?, ?)", rule.key(), d.leadDays(),
                d.careManagerAfterDays(), d.officialAfterDays(), d.cron());
    }

    static String args(DueItem item) {
        return item.descriptionArgs().isEmpty() ? null : String.join(ARG_SEPARATOR, item.descriptionArgs());
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
