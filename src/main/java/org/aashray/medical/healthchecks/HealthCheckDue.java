package org.aashray.medical.healthchecks;

import java.time.LocalDate;

/** An admission health check not yet done, for the deadline: ids and the due day, no name. */
public record HealthCheckDue(long checkId, long residentId, long homeId, LocalDate dueOn) {
}
