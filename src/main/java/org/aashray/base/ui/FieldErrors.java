package org.aashray.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import org.aashray.base.ValidationException;

/** Puts each message of a {@link ValidationException} next to the field it names. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Shows the errors on their fields; errors for fields the form does not have are shown in a notification. */
    public static void show(Component context, ValidationException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        StringBuilder unplaced = new StringBuilder();
        for (ValidationException.FieldError error : e.errors()) {
            String message = context.getTranslation(error.messageKey(), error.args());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.append(message).append(' ');
            }
        }
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.toString().trim());
        }
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
