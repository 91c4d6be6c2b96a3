package org.aashray.reintegration.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Translated labels for the feature's values: key {@code reintegration.<enum>.<VALUE>}, e.g. reintegration.answer.MET. */
final class Labels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy");

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

    static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
