package org.aashray.counselling.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.aashray.base.InputChecks;
import org.aashray.base.i18n.DateFormats;
import org.aashray.counselling.settings.CounsellingSettings;

/** Checks a session's input: its times against the home's settings (order, working hours, length), date and topic. */
public final class CounsellingChecks {

    /** counselling_sessions.topic and cancel_reason; the note is encrypted into a TEXT column. */
    private static final int MAX_TOPIC = 200;
    public static final int MAX_REASON = 300;
    public static final int MAX_NOTE = 4000;

    /** Sessions are booked (or recorded late) within ten years either side of today; year 0 or 9999 is a slip. */
    static final int YEARS_EITHER_SIDE = 10;

    public static final String REQUIRED = "counselling.validation.required";

    private CounsellingChecks() {
    }

    public static InputChecks dateAndTopic(InputChecks checks, LocalDateTime start, String topic, LocalDate today) {
        return checks.yearsAround("date", start == null ? null : start.toLocalDate(), today, YEARS_EITHER_SIDE, YEARS_EITHER_SIDE)
                .maxLength("topic", topic, MAX_TOPIC);
    }

    public static InputChecks times(InputChecks checks, LocalDateTime start, LocalDateTime end, CounsellingSettings settings) {
        checks.require(start != null, "start", REQUIRED).require(end != null, "end", REQUIRED);
        if (start == null || end == null) {
            return checks;
        }
        if (!end.isAfter(start)) {
            return checks.add("end", "counselling.validation.endBeforeStart");
        }
        int max = settings.getMaxSessionMinutes();
        checks.require(Duration.between(start, end).toMinutes() <= max, "end", "counselling.validation.tooLong", max);
        boolean inHours = start.toLocalDate().equals(end.toLocalDate()) && !start.toLocalTime().isBefore(settings.getDayStart())
                && !end.toLocalTime().isAfter(settings.getDayEnd());
        return checks.require(inHours, "start", "counselling.validation.outsideHours",
                DateFormats.time(settings.getDayStart()), DateFormats.time(settings.getDayEnd()));
    }
}
