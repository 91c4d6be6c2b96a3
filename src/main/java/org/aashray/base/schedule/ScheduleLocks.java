package org.aashray.base.schedule;

import java.util.Collection;
import java.util.TreeSet;
import org.aashray.base.ValidationException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises bookings per person and room: each party's row in {@code schedule_locks} is written (an
 * exclusive row lock held until the transaction ends) in a fixed order before conflicts are checked. A
 * second booking of the same counsellor, resident or room waits, then sees the first and is refused.
 * The wait is capped at {@value #WAIT_SECONDS} s (InnoDB's default is 50): a queue of bookings must not hold
 * every pooled connection, so a booking that cannot get its turn is refused with "try again" next to its time.
 */
@Component
public class ScheduleLocks {

    static final int WAIT_SECONDS = 3;

    private final JdbcTemplate jdbc;

    ScheduleLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(Collection<Party> parties) {
        for (Party p : new TreeSet<>(parties)) {
            try {
                // ON DUPLICATE KEY UPDATE takes the exclusive lock at once (INSERT IGNORE would take a shared one).
                jdbc.update("set statement innodb_lock_wait_timeout = " + WAIT_SECONDS + " for "
                        + "insert into schedule_locks (party_type, party_id) values (?, ?) "
                        + "on duplicate key update party_id = party_id", p.type().name(), p.id());
            } catch (DataAccessException e) {
                if (!isLockWaitTimeout(e)) throw e;
                throw new ValidationException("start", "schedule.busy");
            }
        }
    }

    /** MariaDB's "Lock wait timeout exceeded" (1205), which Spring does not always translate to a locking failure. */
    private static boolean isLockWaitTimeout(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) return true;
        return e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getErrorCode() == 1205;
    }
}
