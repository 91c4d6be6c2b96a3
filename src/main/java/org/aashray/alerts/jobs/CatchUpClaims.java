package org.aashray.alerts.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which node caught up a rule for which missed time: the primary key lets exactly one node claim each. */
@Repository
class CatchUpClaims {

    private final JdbcTemplate jdbc;

    CatchUpClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this node is the first to claim the rule's run for this missed time. */
    boolean claim(String ruleKey, Instant missed, String node, Instant now) {
        try {
            return jdbc.update("insert into alert_catch_ups (rule_key, missed_at, claimed_by, claimed_at) values (?, ?, ?, ?)",
                    ruleKey, utc(missed), node, utc(now)) == 1;
        } catch (DuplicateKeyException claimedByAnother) {
            return false;
        }
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
}
