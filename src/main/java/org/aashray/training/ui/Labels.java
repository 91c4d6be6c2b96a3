package org.aashray.training.ui;

import com.vaadin.flow.component.UI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.training.courses.BatchSummary;

/** How days, timetables and percentages read on the training screens; dates are {@link DateFormats}'. */
final class Labels {

    private Labels() {
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** "Mon, Wed · 10:00–13:00". */
    static String timetable(BatchSummary b) {
        return b.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, locale()))
                .collect(Collectors.joining(", ")) + " · " + times(b.startTime(), b.endTime());
    }

    static String times(LocalTime from, LocalTime to) {
        return DateFormats.time(from) + "–" + DateFormats.time(to);
    }

    static String dates(BatchSummary b) {
        return DateFormats.date(b.startDate()) + " – " + DateFormats.date(b.endDate());
    }

    static String day(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, locale());
    }

    static String percent(Integer p) {
        return p == null ? "—" : p + " %";
    }
}
