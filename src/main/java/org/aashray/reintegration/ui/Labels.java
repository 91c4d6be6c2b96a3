package org.aashray.reintegration.ui;

import com.vaadin.flow.component.Component;

/**
 * Translated labels for the feature's values: key {@code reintegration.<enum>.<VALUE>}, e.g. reintegration.answer.MET.
 * Dates are written by {@link org.aashray.base.i18n.DateFormats}, as everywhere else.
 */
final class Labels {

    private Labels() {
    }

    static String of(Component c, Enum<?> value) {
        if (value == null) return "";
        String type = value.getDeclaringClass().getSimpleName();
        String group = switch (type) {
            case "ReadinessItem" -> "item";
            case "ExitReason" -> "exitReason";
            default -> Character.toLowerCase(type.charAt(0)) + type.substring(1);
        };
        return c.getTranslation("reintegration." + group + "." + value.name());
    }
}
