package org.aashray.placements.internal;

import java.time.LocalDate;

/** A stay reaching its expected end, or an absence whose return is due: ids and the date, no name. */
public record PlacementDue(long id, long residentId, long homeId, LocalDate dueOn) {
}
