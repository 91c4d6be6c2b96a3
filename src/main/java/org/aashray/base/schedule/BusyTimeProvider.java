package org.aashray.base.schedule;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * Implemented by every feature that books people or rooms (counselling, medical, training, court hearings
 * of the legal case), as a Spring bean. The {@link ConflictChecker} asks all of them, so a new feature
 * plugs into everybody's conflict check without anyone depending on it.
 */
public interface BusyTimeProvider {

    /** The intervals overlapping [from, to) in which any of the parties is taken. Called in the booking transaction. */
    List<BusyInterval> busy(Collection<Party> parties, LocalDateTime from, LocalDateTime to);
}
