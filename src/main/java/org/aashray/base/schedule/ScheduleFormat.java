package org.aashray.base.schedule;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Short, language-neutral date-time text for messages ("Mon 24-11-2026 10:00–11:00"). */
public final class ScheduleFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ScheduleFormat() {
    }

    public static String span(LocalDateTime start, LocalDateTime end) {
        String s = start.format(DAY) + " " + start.format(TIME) + "–";
        return start.toLocalDate().equals(end.toLocalDate()) ? s + end.format(TIME) : s + end.format(DAY) + " " + end.format(TIME);
    }
}
