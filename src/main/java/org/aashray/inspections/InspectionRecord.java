package org.aashray.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One inspection visit to a home, as recorded: who inspected, what they found in each area. */
public record InspectionRecord(long id, long homeId, LocalDate visitDate, String inspectors, String summary,
                               List<Finding> findings, String recordedBy, Instant recordedAt, long version) {
}
