package org.aashray.base;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/**
 * Collects what is wrong with a form's input, each message for its field, and refuses it all at once
 * ({@link #throwIfAny()}), so that the person sees every problem at the first try and nothing is half-saved.
 * The date checks carry the domain's limits: a date outside them (year 0, 9999) is a typing slip, not a fact.
 */
public final class InputChecks {

    private final List<FieldError> errors = new ArrayList<>();

    public InputChecks add(String field, String messageKey, Object... args) {
        errors.add(new FieldError(field, messageKey, args));
        return this;
    }

    /** Adds the message when the condition does not hold. */
    public InputChecks require(boolean holds, String field, String messageKey, Object... args) {
        return holds ? this : add(field, messageKey, args);
    }

    public InputChecks required(String field, Object value) {
        boolean missing = value == null || value instanceof String s && s.isBlank();
        return require(!missing, field, "validation.required");
    }

    /** Text no longer than the column it is stored in; optionally required. */
    public InputChecks text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            return required ? add(field, "validation.required") : this;
        }
        return require(value.trim().length() <= maxLength, field, "validation.tooLong", maxLength);
    }

    public InputChecks maxLength(String field, String value, int maxLength) {
        return text(field, value, maxLength, false);
    }

    /** A date, if given, between two dates (both included); the message names the range. */
    public InputChecks within(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        boolean outside = date != null && (date.isBefore(earliest) || date.isAfter(latest));
        return outside ? add(field, "validation.dateRange", earliest, latest) : this;
    }

    /** A moment, if given, between two days (the whole of both included). */
    public InputChecks within(String field, LocalDateTime moment, LocalDate earliest, LocalDate latest) {
        return within(field, moment == null ? null : moment.toLocalDate(), earliest, latest);
    }

    /** A date, if given, at most so many years either side of today. */
    public InputChecks yearsAround(String field, LocalDate date, LocalDate today, int yearsBack, int yearsAhead) {
        return within(field, date, today.minusYears(yearsBack), today.plusYears(yearsAhead));
    }

    /** A date, if given, that is not before another (e.g. an end not before its start). */
    public InputChecks notBefore(String field, LocalDate date, LocalDate other, String messageKey) {
        boolean before = date != null && other != null && date.isBefore(other);
        return before ? add(field, messageKey) : this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Refuses the input with every message collected; does nothing when all is well. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
