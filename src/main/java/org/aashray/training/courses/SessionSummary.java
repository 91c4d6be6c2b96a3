package org.aashray.training.courses;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/** A session of a batch; {@code marked} once its attendance has been taken. */
public record SessionSummary(long id, long batchId, LocalDate date, LocalTime startTime, LocalTime endTime, boolean marked) {

    public double hours() {
        return Duration.between(startTime, endTime).toMinutes() / 60.0;
    }
}
