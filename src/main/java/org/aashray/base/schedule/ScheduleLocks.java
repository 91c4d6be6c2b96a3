package org.aashray.base.schedule;

import java.util.Collection;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises bookings per person and room: each party's row in {@code schedule_locks} is written (an
 * exclusive row lock held until the transaction ends) in a fixed order before conflicts are checked. A
 * second booking of the same counsellor, resident or room waits, then sees the first and is refused.
 */
@Component
public class ScheduleLocks {

    private final JdbcTemplate jdbc;

    ScheduleLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<Party> parties) {
        for (Party p : new TreeSet<>(parties)) {
            // ON DUPLICATE KEY UPDATE takes the exclusive lock at once (INSERT IGNORE would take a shared one).
            jdbc.update("insert into schedule_locks (party_type, party_id) values (?, ?) "
                    + "on duplicate key update party_id = party_id", p.type().name(), p.id());
        }
    }
}
