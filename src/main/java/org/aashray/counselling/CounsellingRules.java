package org.aashray.counselling;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/** Checks a session's times against the home's settings: order, working hours, length. */
final class CounsellingRules {

    /** counselling_sessions.topic and cancel_reason; the note is encrypted into a TEXT column. */
    static final int MAX_TOPIC = 200;
    static final int MAX_REASON = 300;
    static final int MAX_NOTE = 4000;

    /** Sessions are booked (or recorded late) within ten years either side of today; year 0 or 9999 is a slip. */
    static final int YEARS_EITHER_SIDE = 10;

    private CounsellingRules() {
    }

    static void checkDateAndTopic(List<FieldError> errors, LocalDateTime start, String topic, LocalDate today) {
        if (start != null) {
            LocalDate from = today.minusYears(YEARS_EITHER_SIDE);
            LocalDate to = today.plusYears(YEARS_EITHER_SIDE);
            if (start.toLocalDate().isBefore(from) || start.toLocalDate().isAfter(to)) {
                errors.add(new FieldError("date", "validation.dateRange", from, to));
            }
        }
        if (topic != null && topic.trim().length() > MAX_TOPIC) errors.add(new FieldError("topic", "validation.tooLong", MAX_TOPIC));
    }

    static List<FieldError> checkTimes(LocalDateTime start, LocalDateTime end, CounsellingSettings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new FieldError("start", "counselling.validation.required"));
        }
        if (end == null) {
            errors.add(new FieldError("end", "counselling.validation.required"));
        }
        if (!errors.isEmpty()) return errors;
        if (!end.isAfter(start)) {
            errors.add(new FieldError("end", "counselling.validation.endBeforeStart"));
            return errors;
        }
        long minutes = Duration.between(start, end).toMinutes();
        if (minutes > settings.getMaxSessionMinutes()) {
            errors.add(new FieldError("end", "counselling.validation.tooLong", settings.getMaxSessionMinutes()));
        }
        if (!start.toLocalDate().equals(end.toLocalDate()) || start.toLocalTime().isBefore(settings.getDayStart())
                || end.toLocalTime().isAfter(settings.getDayEnd())) {
            errors.add(new FieldError("start", "counselling.validation.outsideHours",
                    settings.getDayStart().toString(), settings.getDayEnd().toString()));
        }
        return errors;
    }
}
