package org.aashray.placements;

import org.aashray.homes.HomeType;

/** One home's figures on a day. */
public record HomeOccupancy(long homeId, HomeType homeType, OccupancyFigures figures) {
}
