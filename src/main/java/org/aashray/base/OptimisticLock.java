package org.aashray.base;

import java.util.function.Supplier;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The one way a service refuses to overwrite someone else's newer save. A form carries the version of the
 * record it showed; a stale version, or a save that loses the race in the database, becomes a
 * {@link ConcurrentEditException} and nothing is written.
 */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    /** Refuses a change made on a copy older than the stored record ({@code what} names it in the log). */
    public static void requireVersion(String what, long stored, long opened) {
        if (stored != opened) {
            throw new ConcurrentEditException(what, null);
        }
    }

    /** Runs a write that flushes (a {@code saveAndFlush}, a {@code flush}) and reports a lost race. */
    public static <T> T write(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(what, e);
        }
    }

    public static void write(String what, Runnable write) {
        write(what, () -> {
            write.run();
            return null;
        });
    }
}
