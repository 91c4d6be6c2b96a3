package org.aashray.placements;

import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/**
 * Extension point: another feature (reintegration's readiness gate) can refuse an exit before it is recorded.
 * Implement it as a Spring bean; every guard is asked inside the exit's transaction and any objection stops
 * the exit with the objections shown next to the named fields (e.g. field "reason").
 */
public interface ExitGuard {

    List<FieldError> objections(long residentId, long homeId, ExitRequest exit);
}
