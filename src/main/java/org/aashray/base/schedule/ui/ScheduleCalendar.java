package org.aashray.base.schedule.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.aashray.base.i18n.DateFormats;

/**
 * A day, week, month or list calendar built from plain divs and CSS (no npm component): clicking a free
 * half-hour books it, clicking an entry opens it. The week of 7 columns and the configured working hours
 * fits a 10-inch tablet (1280x800). Entries come from a callback for the visible range only.
 * <p>
 * From the keyboard: every free half-hour (when the view books) and every entry is a button in the tab order,
 * named in the screen's language ("Book Tuesday 08/12/2026 10:00"); Enter or Space books or opens it, and the
 * arrow keys move up and down a day and across to the next day. Each day column is a group named by its day.
 */
@StyleSheet("styles/calendar.css")
public class ScheduleCalendar extends Div {

    public enum Mode { DAY, WEEK, MONTH, LIST }

    private static final int SLOT_MINUTES = 30;
    private static final int LIST_DAYS = 28;
    /** A day column's id: {@code cal-day-yyyyMMdd}; its free half-hours are {@code cal-slot-yyyyMMddHHmm}. */
    public static final String DAY_ID = CalendarIds.DAY;
    /** The event data naming the clicked element, sent by the browser with each click on a day column. */
    public static final String TARGET_ID = "event.target.id";
    /** The keys that press a slot or an entry (as a button): the browser sends a keydown only for them. */
    public static final String ACTIVATION_KEYS = CalendarKeyboard.ACTIVATION_KEYS;

    private final BiFunction<LocalDateTime, LocalDateTime, List<CalendarEntry>> source;
    private Mode mode = Mode.WEEK;
    private LocalDate date;
    private LocalTime dayStart = LocalTime.of(9, 0);
    private LocalTime dayEnd = LocalTime.of(18, 0);
    private Consumer<LocalDateTime> onSlot = s -> { };
    private boolean bookable;
    private Consumer<CalendarEntry> onEntry = e -> { };
    private List<CalendarEntry> shown = List.of();
    /** The time of the slot or entry she last pressed, to give the focus back there when the calendar is redrawn. */
    private LocalDateTime focusAgainAt;

    public ScheduleCalendar(LocalDate date, BiFunction<LocalDateTime, LocalDateTime, List<CalendarEntry>> source) {
        this.date = date;
        this.source = source;
        addClassName("schedule-calendar");
        getElement().setAttribute("role", "region");
        setWidthFull();
        addAttachListener(e -> CalendarKeyboard.install(this));
    }

    public void setHours(LocalTime start, LocalTime end) { this.dayStart = start; this.dayEnd = end; }
    /** Makes the free half-hours bookable (buttons, from the mouse and the keyboard); without it they are not. */
    public void onSlotClick(Consumer<LocalDateTime> listener) { this.onSlot = listener; this.bookable = true; }
    public void onEntryClick(Consumer<CalendarEntry> listener) { this.onEntry = listener; }
    public Mode getMode() { return mode; }
    public LocalDate getDate() { return date; }
    public List<CalendarEntry> shownEntries() { return shown; }

    public void show(Mode mode, LocalDate date) {
        this.mode = mode;
        this.date = date;
        refresh();
    }

    /** Moves one day, week, month or list page forward (+1) or back (-1). */
    public void step(int direction) {
        show(mode, switch (mode) {
            case DAY -> date.plusDays(direction);
            case WEEK -> date.plusWeeks(direction);
            case MONTH -> date.plusMonths(direction);
            case LIST -> date.plusDays((long) direction * LIST_DAYS);
        });
    }

    public LocalDate firstDay() {
        return switch (mode) {
            case DAY, LIST -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    public LocalDate endDay() {
        return switch (mode) {
            case DAY -> date.plusDays(1);
            case WEEK -> firstDay().plusDays(7);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).plusDays(1);
            case LIST -> date.plusDays(LIST_DAYS);
        };
    }

    public void refresh() {
        removeAll();
        LocalDate first = firstDay();
        LocalDate end = endDay();
        shown = source.apply(first.atStartOfDay(), end.atStartOfDay()).stream()
                .sorted(Comparator.comparing(CalendarEntry::start)).toList();
        getElement().setAttribute("aria-label", getTranslation("schedule.calendar.label",
                DateFormats.date(first, getLocale()), DateFormats.date(end.minusDays(1), getLocale())));
        switch (mode) {
            case DAY, WEEK -> renderColumns(first, end);
            case MONTH -> renderMonth(first, end);
            case LIST -> renderList();
        }
        if (focusAgainAt != null && (mode == Mode.DAY || mode == Mode.WEEK)) {
            LocalDateTime halfHour = focusAgainAt.withMinute(focusAgainAt.getMinute() < SLOT_MINUTES ? 0 : SLOT_MINUTES);
            CalendarKeyboard.focusAgain(this, CalendarIds.slot(halfHour));
        }
        focusAgainAt = null;
    }

    private void renderColumns(LocalDate first, LocalDate end) {
        int days = (int) Duration.between(first.atStartOfDay(), end.atStartOfDay()).toDays();
        LocalTime from = dayStart;
        LocalTime to = dayEnd;
        for (CalendarEntry e : shown) { // never hide a booking made outside today's hours
            if (e.start().toLocalTime().isBefore(from)) from = e.start().toLocalTime().withMinute(0);
            if (e.end().toLocalDate().equals(e.start().toLocalDate()) && e.end().toLocalTime().isAfter(to)) to = e.end().toLocalTime();
        }
        int slots = (int) Math.ceil(Duration.between(from, to).toMinutes() / (double) SLOT_MINUTES);
        Div grid = new Div();
        grid.addClassName("cal-columns");
        grid.getStyle().set("grid-template-columns", "3.2rem repeat(" + days + ", minmax(0, 1fr))");
        grid.add(new Div());
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Div head = new Div(new Span(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " " + day.getDayOfMonth()));
            head.addClassName("cal-day-head");
            head.getElement().setAttribute("aria-hidden", "true"); // the day's column is named in full
            if (day.equals(date) && mode == Mode.WEEK) head.addClassName("cal-selected");
            grid.add(head);
        }
        // The time labels and the free half-hours are plain markup made here from dates alone (no user text): one
        // element each instead of a component per half hour, so a week costs ~15 nodes, not ~160, on every step.
        Div times = new Div();
        times.addClassName("cal-times");
        times.getStyle().set("--slots", String.valueOf(slots));
        StringBuilder labels = new StringBuilder();
        for (int s = 0; s < slots; s++) {
            labels.append("<div class=\"cal-time\">").append(s % 2 == 0 ? DateFormats.time(from.plusMinutes((long) s * SLOT_MINUTES)) : "")
                    .append("</div>");
        }
        times.getElement().setProperty("innerHTML", labels.toString());
        times.getElement().setAttribute("aria-hidden", "true"); // each slot names its own time
        grid.add(times);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Div column = new Div();
            column.addClassName("cal-day");
            column.setId(CalendarIds.day(day));
            column.getStyle().set("--slots", String.valueOf(slots));
            String dayName = dayName(day);
            column.getElement().setAttribute("role", "group");
            column.getElement().setAttribute("aria-label", dayName);
            // One listener per day, told which slot was clicked or pressed, instead of one per half hour.
            column.getElement().addEventListener("click", e -> slotClicked(e.getEventData().path(TARGET_ID)))
                    .addEventData(TARGET_ID);
            column.getElement().addEventListener("keydown", e -> slotClicked(e.getEventData().path(TARGET_ID)))
                    .addEventData(TARGET_ID).setFilter(ACTIVATION_KEYS);
            Div free = new Div();
            free.addClassName("cal-slots");
            StringBuilder markup = new StringBuilder();
            for (int s = 0; s < slots; s++) {
                LocalDateTime slotStart = day.atTime(from).plusMinutes((long) s * SLOT_MINUTES);
                String time = DateFormats.time(slotStart.toLocalTime());
                markup.append("<div id=\"").append(CalendarIds.slot(slotStart)).append("\" title=\"").append(time);
                if (bookable && isFree(slotStart)) {
                    // a button of its own for the keyboard and screen readers; a taken half-hour is reached by its entry
                    markup.append("\" class=\"cal-slot cal-free\" role=\"button\" tabindex=\"0\" aria-label=\"")
                            .append(attribute(getTranslation("schedule.slot.book", dayName, time)));
                } else {
                    markup.append("\" class=\"cal-slot");
                }
                markup.append("\"></div>");
            }
            free.getElement().setProperty("innerHTML", markup.toString());
            column.add(free);
            LocalDateTime dayFrom = day.atTime(from);
            for (CalendarEntry entry : shown) {
                if (!entry.start().toLocalDate().equals(day)) continue;
                double top = Math.max(0, Duration.between(dayFrom, entry.start()).toMinutes()) / (double) SLOT_MINUTES;
                double height = Math.max(0.8, Duration.between(entry.start(), entry.end()).toMinutes() / (double) SLOT_MINUTES);
                Div box = entryBox(entry, true);
                box.getStyle().set("top", "calc(var(--slot-height) * " + top + ")")
                        .set("height", "calc(var(--slot-height) * " + height + " - 2px)");
                column.add(box);
            }
            grid.add(column);
        }
        add(grid);
    }

    /** "Tuesday 08/12/2026", in the screen's language. */
    private String dayName(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()) + " " + DateFormats.date(day, getLocale());
    }

    /** Whether no entry shown covers any of the half-hour from {@code start}. */
    private boolean isFree(LocalDateTime start) {
        LocalDateTime end = start.plusMinutes(SLOT_MINUTES);
        return shown.stream().noneMatch(e -> e.start().isBefore(end) && e.end().isAfter(start));
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A click or Enter on a day column: a free slot opens a booking; entries have their own listeners. */
    private void slotClicked(tools.jackson.databind.JsonNode targetId) {
        if (!bookable) return;
        String id = targetId == null || !targetId.isString() ? "" : targetId.asString();
        LocalDateTime slot = CalendarIds.slotTime(id);
        if (slot == null) return;
        if (slot.toLocalDate().isBefore(firstDay()) || !slot.toLocalDate().isBefore(endDay())) return;
        focusAgainAt = slot;
        onSlot.accept(slot);
    }

    private void renderMonth(LocalDate first, LocalDate end) {
        Div grid = new Div();
        grid.addClassName("cal-month");
        for (int d = 0; d < 7; d++) {
            Div head = new Div(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, getLocale()));
            head.addClassName("cal-day-head");
            grid.add(head);
        }
        for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
            LocalDate thisDay = day;
            Div cell = new Div();
            cell.addClassName("cal-month-day");
            if (day.getMonth() != date.getMonth()) cell.addClassName("cal-other-month");
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("cal-month-number");
            CalendarKeyboard.pressable(number, getTranslation("schedule.day.show", dayName(day)), () -> show(Mode.DAY, thisDay));
            cell.add(number);
            List<CalendarEntry> today = shown.stream().filter(e -> e.start().toLocalDate().equals(thisDay)).toList();
            today.stream().limit(3).forEach(e -> cell.add(entryBox(e, false)));
            if (today.size() > 3) {
                Span more = new Span("+" + (today.size() - 3));
                more.addClassName("cal-more");
                CalendarKeyboard.pressable(more, getTranslation("schedule.day.more", today.size() - 3, dayName(day)), () -> show(Mode.DAY, thisDay));
                cell.add(more);
            }
            grid.add(cell);
        }
        add(grid);
    }

    private void renderList() {
        Div list = new Div();
        list.addClassName("cal-list");
        LocalDate current = null;
        for (CalendarEntry e : shown) {
            if (!e.start().toLocalDate().equals(current)) {
                current = e.start().toLocalDate();
                Div day = new Div(current.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()) + " "
                        + DateFormats.date(current, getLocale()));
                day.addClassName("cal-list-day");
                list.add(day);
            }
            list.add(entryBox(e, false));
        }
        add(list);
    }

    private Div entryBox(CalendarEntry entry, boolean positioned) {
        Span time = new Span(DateFormats.time(entry.start().toLocalTime()) + "–" + DateFormats.time(entry.end().toLocalTime()));
        time.addClassName("cal-entry-time");
        Span title = new Span(entry.title());
        title.addClassName("cal-entry-title");
        Div box = new Div(time, title);
        if (entry.detail() != null && !entry.detail().isBlank()) {
            Span detail = new Span(entry.detail());
            detail.addClassName("cal-entry-detail");
            box.add(detail);
        }
        box.addClassNames("cal-entry", positioned ? "cal-positioned" : "cal-inline");
        if (entry.variant() != null) box.addClassName("cal-" + entry.variant());
        box.setId("cal-entry-" + entry.id());
        CalendarKeyboard.pressable(box, null, () -> {
            focusAgainAt = entry.start();
            onEntry.accept(entry);
        });
        return box;
    }
}
