package org.aashray.reintegration.repatriation;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Marks the one way a "repatriated" exit may be recorded: by completing her handover. The readiness gate asks it;
 * the mark lives only on this thread while {@link RepatriationService} records the exit, so no screen, import or
 * second call can borrow it.
 */
@Component
public class HandoverExits {

    private static final ThreadLocal<Long> RECORDING = new ThreadLocal<>();

    /** Whether the exit being recorded now is her handover's. */
    public boolean recording(long residentId) {
        Long r = RECORDING.get();
        return r != null && r == residentId;
    }

    <T> T record(long residentId, Supplier<T> exit) {
        RECORDING.set(residentId);
        try {
            return exit.get();
        } finally {
            RECORDING.remove();
        }
    }
}
