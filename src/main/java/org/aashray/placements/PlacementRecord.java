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

    static PlacementRecord of(Placement p, boolean detailed) {
        return new PlacementRecord(p.getId(), p.getResidentId(), p.getHomeId(), p.getHomeType(), p.getBedId(),
                p.getStartDate(), p.getEndDate(), p.getHomeSince(), p.getExpectedEnd(), p.getEntryKind(), p.getEndKind(),
                p.getExitReason(), detailed ? p.getOrderNumber() : null, detailed ? p.getOrderDate() : null,
                detailed ? p.getBasisReason() : null, detailed ? p.getEndReason() : null,
                detailed ? p.getExitDestination() : null, detailed ? p.getExitOrder() : null,
                detailed ? p.getAbscondedAt() : null, detailed ? p.getInformedDetails() : null, detailed, p.getVersion());
    }
}
