package org.aashray.placements;

import java.time.LocalDate;
import org.aashray.homes.HomeType;

/** A resident got a bed (admission). */
public record ResidentPlaced(long residentId, long homeId, long bedId, HomeType placementType, LocalDate on) {
}
