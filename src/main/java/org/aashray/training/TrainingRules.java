package org.aashray.training;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/** Input checks shared by the services; each names the field so the form shows the message next to it. */
final class TrainingRules {

    private TrainingRules() {
    }

    static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value.trim().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    static void positive(List<FieldError> errors, String field, Integer value, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        } else if (value < 1 || value > max) {
            errors.add(new FieldError(field, "training.validation.between", 1, max));
        }
    }

    static void checkBatch(List<FieldError> errors, Batch b, LocalDate today) {
        if (b.getCourseId() == null) errors.add(new FieldError("course", "validation.required"));
        text(errors, "provider", b.getProvider(), 160);
        text(errors, "venue", b.getVenue(), 200);
        if (b.getStartDate() == null) errors.add(new FieldError("startDate", "validation.required"));
        if (b.getEndDate() == null) errors.add(new FieldError("endDate", "validation.required"));
        if (b.getStartDate() != null && b.getEndDate() != null) {
            if (b.getEndDate().isBefore(b.getStartDate())) {
                errors.add(new FieldError("endDate", "training.validation.endBeforeStart"));
            } else if (b.getEndDate().isAfter(b.getStartDate().plusYears(2))) {
                errors.add(new FieldError("endDate", "training.validation.tooLong"));
            }
            if (b.getStartDate().isBefore(today.minusYears(2))) {
                errors.add(new FieldError("startDate", "training.validation.tooOld"));
            }
        }
        if (b.getStartDate() != null && b.getStartDate().isAfter(today.plusYears(2))) {
            // planned up to two years ahead, as far back as a batch may be recorded; year 9999 is a typing slip
            errors.add(new FieldError("startDate", "validation.dateRange", today.minusYears(2), today.plusYears(2)));
        }
        if (b.getDays().isEmpty()) errors.add(new FieldError("days", "training.validation.noDays"));
        if (b.getStartTime() == null) errors.add(new FieldError("startTime", "validation.required"));
        if (b.getEndTime() == null) errors.add(new FieldError("endTime", "validation.required"));
        if (b.getStartTime() != null && b.getEndTime() != null && !b.getEndTime().isAfter(b.getStartTime())) {
            errors.add(new FieldError("endTime", "training.validation.timesOrder"));
        }
        if (b.getStartDate() != null && b.getEndDate() != null && !b.getDays().isEmpty() && !b.getEndDate().isBefore(b.getStartDate())
                && b.getStartDate().datesUntil(b.getEndDate().plusDays(1)).noneMatch(d -> b.getDays().contains(d.getDayOfWeek()))) {
            errors.add(new FieldError("days", "training.validation.noSessions"));
        }
        if (b.getCapacity() == null) {
            errors.add(new FieldError("capacity", "validation.required"));
        } else if (b.getCapacity() < 1 || b.getCapacity() > 200) {
            errors.add(new FieldError("capacity", "training.validation.capacity", 200));
        }
        if (b.getFee() != null && b.getFee().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("fee", "training.validation.feeNegative"));
        }
        if (b.getFeePayer() == null) errors.add(new FieldError("feePayer", "validation.required"));
    }

    /** True when both batches have a class on the same day at overlapping times. */
    static boolean overlaps(BatchSummary a, LocalDate aStart, LocalDate aEnd, java.util.Set<DayOfWeek> aDays,
                            java.time.LocalTime aFrom, java.time.LocalTime aTo) {
        LocalDate from = a.startDate().isAfter(aStart) ? a.startDate() : aStart;
        LocalDate to = a.endDate().isBefore(aEnd) ? a.endDate() : aEnd;
        if (from.isAfter(to)) return false;
        if (!(a.startTime().isBefore(aTo) && aFrom.isBefore(a.endTime()))) return false;
        LocalDate last = to.isBefore(from.plusDays(6)) ? to : from.plusDays(6);
        return from.datesUntil(last.plusDays(1)).anyMatch(d -> aDays.contains(d.getDayOfWeek()) && a.days().contains(d.getDayOfWeek()));
    }
}
