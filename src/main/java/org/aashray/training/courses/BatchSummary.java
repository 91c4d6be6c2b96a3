package org.aashray.training.courses;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** A batch as lists show it: the course name and how many seats are taken and waited for. */
public record BatchSummary(long id, long homeId, long courseId, String courseName, String provider, String venue,
                           LocalDate startDate, LocalDate endDate, String daysOfWeek, LocalTime startTime, LocalTime endTime,
                           int capacity, BigDecimal fee, FeePayer feePayer, BatchStatus status, LocalDate completedOn,
                           long seated, long waitlisted, long version) {

    public Set<DayOfWeek> days() {
        return Batch.parseDays(daysOfWeek);
    }

    public boolean isRunning(LocalDate today) {
        return status == BatchStatus.OPEN && !today.isBefore(startDate) && !today.isAfter(endDate);
    }

    public boolean isFull() {
        return seated >= capacity;
    }
}
