package org.aashray.training.courses;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.aashray.base.InputChecks;

/** Input checks of courses and batches; each names the field so the form shows the message next to it. */
public final class TrainingChecks {

    private TrainingChecks() {
    }

    static void positive(InputChecks checks, String field, Integer value, int max) {
        if (value == null) {
            checks.add(field, "validation.required");
        } else {
            checks.require(value >= 1 && value <= max, field, "training.validation.between", 1, max);
        }
    }

    static void batch(InputChecks checks, Batch b, LocalDate today) {
        LocalDate start = b.getStartDate();
        LocalDate end = b.getEndDate();
        checks.required("course", b.getCourseId())
                .text("provider", b.getProvider(), 160, true)
                .text("venue", b.getVenue(), 200, true)
                .required("startDate", start)
                .required("endDate", end);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                checks.add("endDate", "training.validation.endBeforeStart");
            } else {
                checks.require(!end.isAfter(start.plusYears(2)), "endDate", "training.validation.tooLong");
            }
            checks.require(!start.isBefore(today.minusYears(2)), "startDate", "training.validation.tooOld");
        }
        if (!checks.has("startDate")) {
            // planned up to two years ahead, as far back as a batch may be recorded; year 9999 is a typing slip
            checks.yearsAround("startDate", start, today, 2, 2);
        }
        checks.require(!b.getDays().isEmpty(), "days", "training.validation.noDays")
                .required("startTime", b.getStartTime())
                .required("endTime", b.getEndTime());
        if (b.getStartTime() != null && b.getEndTime() != null) {
            checks.require(b.getEndTime().isAfter(b.getStartTime()), "endTime", "training.validation.timesOrder");
        }
        if (start != null && end != null && !b.getDays().isEmpty() && !end.isBefore(start)
                && start.datesUntil(end.plusDays(1)).noneMatch(d -> b.getDays().contains(d.getDayOfWeek()))) {
            checks.add("days", "training.validation.noSessions");
        }
        if (b.getCapacity() == null) {
            checks.add("capacity", "validation.required");
        } else {
            checks.require(b.getCapacity() >= 1 && b.getCapacity() <= 200, "capacity", "training.validation.capacity", 200);
        }
        checks.require(b.getFee() == null || b.getFee().compareTo(BigDecimal.ZERO) >= 0, "fee", "training.validation.feeNegative")
                .required("feePayer", b.getFeePayer());
    }

    /** True when both batches have a class on the same day at overlapping times. */
    public static boolean overlaps(BatchSummary a, LocalDate aStart, LocalDate aEnd, Set<DayOfWeek> aDays, LocalTime aFrom,
                                   LocalTime aTo) {
        LocalDate from = a.startDate().isAfter(aStart) ? a.startDate() : aStart;
        LocalDate to = a.endDate().isBefore(aEnd) ? a.endDate() : aEnd;
        if (from.isAfter(to)) return false;
        if (!(a.startTime().isBefore(aTo) && aFrom.isBefore(a.endTime()))) return false;
        LocalDate last = to.isBefore(from.plusDays(6)) ? to : from.plusDays(6);
        return from.datesUntil(last.plusDays(1)).anyMatch(d -> aDays.contains(d.getDayOfWeek()) && a.days().contains(d.getDayOfWeek()));
    }
}
