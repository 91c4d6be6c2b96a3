package org.aashray.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.aashray.base.ValidationException;

/**
 * Puts each message of a {@link ValidationException} next to the field it names. A field with several
 * messages (a booking that clashes for her, her counsellor and the room) shows every one, in the order the
 * service gave them, one a line; none is dropped.
 */
public final class FieldErrors {

    /** Between two messages of one field: a line break, shown as one by the error-message style in app.css. */
    public static final String SEPARATOR = "\n";

    private FieldErrors() {
    }

    /** Shows the errors on their fields; errors for fields the form does not have are shown in a notification. */
    public static void show(Component context, ValidationException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        Map<HasValidation, Set<String>> placed = new LinkedHashMap<>();
        Set<String> unplaced = new LinkedHashSet<>();
        for (ValidationException.FieldError error : e.errors()) {
            String message = context.getTranslation(error.messageKey(), error.args());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                placed.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(message);
            } else {
                unplaced.add(message);
            }
        }
        placed.forEach((field, messages) -> {
            field.setErrorMessage(String.join(SEPARATOR, messages));
            field.setInvalid(true);
        });
        if (!unplaced.isEmpty()) {
            Notifications.error(String.join(" ", unplaced));
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
