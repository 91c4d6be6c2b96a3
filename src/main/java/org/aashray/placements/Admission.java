package org.aashray.placements;

import java.time.LocalDate;

/** Reception's request to give a resident a bed: the order she is placed under, or a documented reason. */
public record Admission(long residentId, long bedId, LocalDate startDate, String orderNumber, LocalDate orderDate,
                        String basisReason) {
}
