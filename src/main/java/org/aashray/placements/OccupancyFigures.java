package org.aashray.placements;

import java.time.LocalDate;

/**
 * Occupancy of a set of homes at the end of one day. Beds are the homes' in-service beds (today's count: bed
 * status has no history); occupied counts residents in beds that night (accompanying children on cots are not counted).
 */
public record OccupancyFigures(LocalDate day, long homes, long beds, long occupied, long free, double utilisationPercent,
                               long overStayLimit) {

    public static OccupancyFigures of(LocalDate day, long homes, long beds, long occupied, long overStayLimit) {
        return new OccupancyFigures(day, homes, beds, occupied, Math.max(0, beds - occupied),
                beds == 0 ? 0 : Math.round(1000.0 * occupied / beds) / 10.0, overStayLimit);
    }
}
