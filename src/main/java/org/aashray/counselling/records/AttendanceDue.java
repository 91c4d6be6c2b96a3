package org.aashray.counselling.records;

import java.time.LocalDate;

/** A session whose attendance is still not recorded, due for an alert on {@code dueOn}: no names. */
public record AttendanceDue(long sessionId, long homeId, LocalDate sessionOn, LocalDate dueOn) {
}
