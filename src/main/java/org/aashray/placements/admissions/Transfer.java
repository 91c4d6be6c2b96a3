package org.aashray.placements.admissions;

import java.time.LocalDate;

/** A move to another bed: in the same home (reason optional) or in another home (reason required). */
public record Transfer(long residentId, long placementId, long expectedVersion, long toBedId, LocalDate date, String reason, String orderNumber,
                       LocalDate orderDate) {
}
