package org.aashray.base.schedule.ui;

import java.time.LocalDateTime;

/** One booking as the calendar shows it; {@code variant} becomes a CSS class (e.g. "counselling", "medical", "done"). */
public record CalendarEntry(String id, LocalDateTime start, LocalDateTime end, String title, String detail, String variant) {
}
