package org.aashray.medical.healthchecks;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An admission health check; findings are null unless the caller is medical staff. {@code closedOn}: she left care
 * before it was done.
 */
public record HealthCheckSummary(long id, long homeId, long residentId, String residentName, LocalDateTime dueAt,
                                 LocalDateTime doneAt, String doneBy, String findings, boolean overdue, LocalDate closedOn,
                                 long version) {
}
