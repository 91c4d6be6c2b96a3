package org.aashray.placements;

import java.time.Instant;
import java.time.LocalDate;
import org.aashray.homes.HomeType;

/**
 * One stay in the placement history, for the profile tab and other features. {@code detailed} is false for
 * stays in homes the caller does not work in: she sees that there was a stay, not its details.
 */
public record PlacementRecord(long id, long residentId, long homeId, HomeType placementType, Long bedId,
                              LocalDate startDate, LocalDate endDate, LocalDate homeSince, LocalDate expectedEnd,
                              EntryKind entryKind, EndKind endKind, ExitReason exitReason, String orderNumber,
                              LocalDate orderDate, String basisReason, String endReason, String exitDestination,
                              String exitOrder, Instant abscondedAt, String informedDetails, boolean detailed,
                              long version) {
}
