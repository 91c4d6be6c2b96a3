package org.aashray.base;

import java.util.List;

/**
 * Thrown by a service when input breaks a rule the form could not check by itself (a code already in
 * use, dates out of order). Each error names the field and a translation key, so the view can put the
 * message next to that field; nothing has been saved when it is thrown.
 */
public class ValidationException extends RuntimeException {

    public record FieldError(String field, String messageKey, Object... args) {
    }

    private final List<FieldError> errors;

    public ValidationException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).toList().toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
