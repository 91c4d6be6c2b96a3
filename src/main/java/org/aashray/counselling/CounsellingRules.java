package org.aashray.counselling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/** Checks a session's times against the home's settings: order, working hours, length. */
final class CounsellingRules {

    private CounsellingRules() {
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
