package org.aashray.training.ui;

import com.vaadin.flow.component.Component;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import org.aashray.training.BatchSummary;

/** How dates, timetables and percentages read on the training screens. */
final class Formats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy");

    private Formats() {
    }

    static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    static String date(Component c, LocalDate d) {
        return d == null ? "" : d.format(DATE.withLocale(locale()));
    }

    static String timetable(Component c, BatchSummary b) {
        return b.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, locale()))
                .collect(Collectors.joining(", ")) + " · " + b.startTime() + "–" + b.endTime();
    }

    static String dates(Component c, BatchSummary b) {
        return date(c, b.startDate()) + " – " + date(c, b.endDate());
    }

    static String day(Component c, DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, locale());
    }

    static String percent(Integer p) {
        return p == null ? "—" : p + " %";
    }
}
