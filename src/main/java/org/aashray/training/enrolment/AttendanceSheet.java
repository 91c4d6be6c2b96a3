package org.aashray.training.enrolment;

import java.util.List;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.SessionSummary;

/**
 * One session's attendance for the whole batch: a row per trainee holding a seat, {@code present} null when
 * not yet marked. {@code editable} is false for future sessions and completed batches.
 */
public record AttendanceSheet(SessionSummary session, BatchSummary batch, boolean future, boolean editable, List<Row> rows) {

    public record Row(long enrolmentId, long residentId, String residentName, Boolean present) {
    }
}
