package org.aashray.placements;

import java.time.YearMonth;

/**
 * One month of a set of homes: average residents in beds per night, utilisation (bed-nights used / beds x
 * nights; the current month counts the nights up to today), occupancy on its last day, admissions and exits.
 */
public record MonthlyOccupancy(YearMonth month, long beds, long nights, long bedNights, double averageOccupied,
                               double utilisationPercent, long occupiedAtMonthEnd, long admissions, long exits) {
}
