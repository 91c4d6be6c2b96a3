package org.aashray.placements;

import java.time.LocalDate;
import java.util.Map;

/**
 * Movements in and out of a set of homes between two days (both inclusive). Length of stay is counted in days
 * in the home, from the day she came to the home to the day she left it (exit or transfer out).
 */
public record FlowFigures(LocalDate from, LocalDate to, long admissions, long transfersIn, long transfersOut,
                          Map<ExitReason, Long> exitsByReason, long departures, double averageStayDays,
                          double medianStayDays) {

    public long exits() {
        return exitsByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
