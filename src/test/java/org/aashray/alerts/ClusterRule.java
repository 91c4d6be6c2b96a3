package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;
import org.aashray.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rule backed by a test table with an index on (done, due_date), the way features back theirs: the query
 * reads only the due rows. Used by the clustering test (on both nodes) and the bench.
 */
public class ClusterRule implements AlertRule {

    public static final String CREATE_TABLE = """
            create table if not exists %s (id bigint primary key, home_id bigint not null, due_date date not null,
              done boolean not null default false, index ix_%s_due (done, due_date)) engine=InnoDB""";

    private final JdbcTemplate jdbc;
    private final String table;
    private final String key;

    public ClusterRule(JdbcTemplate jdbc, String table, String key) {
        this.jdbc = jdbc;
        this.table = table;
        this.key = key;
    }

    public void createTable() {
        jdbc.execute(CREATE_TABLE.formatted(table, table));
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String titleKey() {
        return "alerts.rule.homeLicenceExpiring";
    }

    @Override
    public AlertSeverity severity() {
        return AlertSeverity.WARNING;
    }

    @Override
    public Role alertedRole() {
        return Role.COUNSELLOR;
    }

    @Override
    public AlertDefaults defaults() {
        return AlertDefaults.daily(3);
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return jdbc.query("select id, home_id, due_date from " + table + " where done = false and due_date <= ?",
                (rs, n) -> new DueItem("ClusterItem", rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
                        "alerts.rule.homeLicenceExpiring.item", List.of("item " + rs.getLong(1), rs.getDate(3).toString()),
                        null), java.sql.Date.valueOf(horizon));
    }
}
