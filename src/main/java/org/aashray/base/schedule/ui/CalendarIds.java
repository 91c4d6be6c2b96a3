package org.aashray.base.schedule.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The ids the calendar gives its day columns and free half-hours. The browser sends a clicked element's id back,
 * and the server reads the time from it: one listener per day instead of one per half-hour.
 */
final class CalendarIds {

    static final String DAY = "cal-day-";
    private static final String SLOT = "cal-slot-";
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SLOT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private CalendarIds() {
    }

    /** {@code cal-day-yyyyMMdd}. */
    static String day(LocalDate day) {
        return DAY + day.format(DAY_DATE);
    }

    /** {@code cal-slot-yyyyMMddHHmm}. */
    static String slot(LocalDateTime start) {
        return SLOT + start.format(SLOT_TIME);
    }

    /** The start of the half-hour an id names, or null when the id is not a slot's (the browser sends any target). */
    static LocalDateTime slotTime(String id) {
        if (id == null || !id.startsWith(SLOT)) return null;
        try {
            return LocalDateTime.parse(id.substring(SLOT.length()), SLOT_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
