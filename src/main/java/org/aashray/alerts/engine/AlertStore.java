package org.aashray.alerts.engine;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.AlertScope;
import org.aashray.alerts.DueItem;
import org.aashray.alerts.internal.Alert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The engine's SQL. Writes are idempotent so that two nodes evaluating the same rule at once still leave one
 * open alert per subject: the unique key (rule, subject, open_marker) turns a second insert into an update.
 */
@Repository
class AlertStore {

    record Subject(String type, long id) {
    }

    record OpenAlert(long id, long homeId, LocalDate dueDate, boolean overdue, String descriptionKey, String args,
                     String route, Long residentId) {
    }

    private static final String INSERT = """
            insert into alerts (rule_key, subject_type, subject_id, home_id, title_key, severity, severity_rank,
                alerted_role, due_date, overdue, description_key, description_args, route, status, open_marker,
                escalation_level, raised_at, raised_on, updated_at, previous_alert_id, resident_id) values """;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 1, ?, ?, ?, ?, ?, ?)";
    // A second node may have inserted the same subject a moment ago: the unique key turns ours into an update.
    private static final String ON_DUPLICATE = """
             on duplicate key update home_id = values(home_id), title_key = values(title_key),
                severity = values(severity), severity_rank = values(severity_rank), alerted_role = values(alerted_role),
                due_date = values(due_date), overdue = values(overdue), description_key = values(description_key),
                description_args = values(description_args), route = values(route), updated_at = values(updated_at),
                resident_id = values(resident_id)""";

    private final JdbcTemplate jdbc;

    AlertStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule's open alerts; an index on (rule_key, open_marker) keeps this proportional to them. */
    Map<Subject, OpenAlert> openAlerts(String ruleKey) {
        Map<Subject, OpenAlert> open = new HashMap<>();
        jdbc.query("""
                select id, subject_type, subject_id, home_id, due_date, overdue, description_key, description_args, route,
                    resident_id
                from alerts where rule_key = ? and open_marker = 1""", rs -> {
            open.put(new Subject(rs.getString(2), rs.getLong(3)), new OpenAlert(rs.getLong(1), rs.getLong(4),
                    rs.getDate(5).toLocalDate(), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getObject(10, Long.class)));
        }, ruleKey);
        return open;
    }

    /**
     * Inserts or updates one open alert per item, in one statement (a chunk of a few hundred items). A new alert
     * of a subject in {@code previous} points to that earlier alert.
     */
    void upsert(AlertRule rule, List<DueItem> items, Map<Subject, Long> previous, LocalDate today, Instant now) {
        if (items.isEmpty()) {
            return;
        }
        Timestamp at = timestamp(now);
        List<Object> params = new ArrayList<>(items.size() * 21);
        for (DueItem item : items) {
            params.addAll(Arrays.asList(rule.key(), item.subjectType(), item.subjectId(), item.homeId(), rule.titleKey(),
                    rule.severity().name(), rule.severity().rank(), rule.alertedRole().name(), Date.valueOf(item.dueDate()),
                    item.dueDate().isBefore(today), item.descriptionKey(), args(item), item.route(),
                    rule.scope() == AlertScope.DISTRICT ? AlertItem.DISTRICT_LEVEL : 0, at, Date.valueOf(today), at,
                    previous.get(new Subject(item.subjectType(), item.subjectId())), item.residentId()));
        }
        jdbc.update(INSERT + String.join(", ", Collections.nCopies(items.size(), ROW)) + ON_DUPLICATE, params.toArray());
    }

    /**
     * Of the given subjects (with no open alert), those whose latest alert was resolved by hand, with that alert's
     * id. Looked up by subject through the unique key's prefix, so it costs in proportion to the subjects' alerts.
     */
    Map<Subject, Long> resolvedByHand(String ruleKey, List<DueItem> items) {
        Map<Subject, Long> found = new HashMap<>();
        Map<String, List<Long>> byType = new HashMap<>();
        items.forEach(i -> byType.computeIfAbsent(i.subjectType(), t -> new ArrayList<>()).add(i.subjectId()));
        byType.forEach((type, ids) -> {
            Map<Long, Object[]> latest = new HashMap<>(); // subject -> {id, resolution} of its latest closed alert
            List<Object> params = new ArrayList<>(List.of(ruleKey, type));
            params.addAll(ids);
            jdbc.query("select subject_id, id, resolution from alerts where rule_key = ? and subject_type = ? and subject_id in ("
                    + String.join(",", Collections.nCopies(ids.size(), "?")) + ") and open_marker is null order by id",
                    rs -> {
                        latest.put(rs.getLong(1), new Object[]{rs.getLong(2), rs.getString(3)});
                    }, params.toArray());
            latest.forEach((subject, last) -> {
                if ("MANUAL".equals(last[1])) found.put(new Subject(type, subject), (Long) last[0]);
            });
        });
        return found;
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

    static String args(DueItem item) {
        return item.descriptionArgs().isEmpty() ? null : String.join(Alert.ARG_SEPARATOR, item.descriptionArgs());
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
