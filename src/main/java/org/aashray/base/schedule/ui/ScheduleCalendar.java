package org.aashray.base.schedule.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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
 */
@StyleSheet("styles/calendar.css")
public class ScheduleCalendar extends Div {

    public enum Mode { DAY, WEEK, MONTH, LIST }

    private static final int SLOT_MINUTES = 30;
    private static final int LIST_DAYS = 28;
    private static final String SLOT_ID = "cal-slot-";
    private static final DateTimeFormatter SLOT_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    /** A day column's id: {@code cal-day-yyyyMMdd}; its free half-hours are {@code cal-slot-yyyyMMddHHmm}. */
    public static final String DAY_ID = "cal-day-";
    private static final DateTimeFormatter DAY_ID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    /** The event data naming the clicked element, sent by the browser with each click on a day column. */
    public static final String TARGET_ID = "event.target.id";

    private final BiFunction<LocalDateTime, LocalDateTime, List<CalendarEntry>> source;
    private Mode mode = Mode.WEEK;
    private LocalDate date;
    private LocalTime dayStart = LocalTime.of(9, 0);
    private LocalTime dayEnd = LocalTime.of(18, 0);
    private Consumer<LocalDateTime> onSlot = s -> { };
    private Consumer<CalendarEntry> onEntry = e -> { };
    private List<CalendarEntry> shown = List.of();

    public ScheduleCalendar(LocalDate date, BiFunction<LocalDateTime, LocalDateTime, List<CalendarEntry>> source) {
        this.date = date;
        this.source = source;
        addClassName("schedule-calendar");
        setWidthFull();
    }

    public void setHours(LocalTime start, LocalTime end) { this.dayStart = start; this.dayEnd = end; }
    public void onSlotClick(Consumer<LocalDateTime> listener) { this.onSlot = listener; }
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
        switch (mode) {
            case DAY, WEEK -> renderColumns(first, end);
            case MONTH -> renderMonth(first, end);
            case LIST -> renderList();
        }
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
        grid.add(times);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            Div column = new Div();
            column.addClassName("cal-day");
            column.setId(DAY_ID + day.format(DAY_ID_DATE));
            column.getStyle().set("--slots", String.valueOf(slots));
            // One listener per day, told which slot was clicked, instead of one per half hour.
            column.getElement().addEventListener("click", e -> slotClicked(e.getEventData().path(TARGET_ID)))
                    .addEventData(TARGET_ID);
            Div free = new Div();
            free.addClassName("cal-slots");
            StringBuilder markup = new StringBuilder();
            for (int s = 0; s < slots; s++) {
                LocalDateTime slotStart = day.atTime(from).plusMinutes((long) s * SLOT_MINUTES);
                markup.append("<div class=\"cal-slot\" id=\"").append(SLOT_ID).append(slotStart.format(SLOT_ID_TIME))
                        .append("\" title=\"").append(DateFormats.time(slotStart.toLocalTime())).append("\"></div>");
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

    /** A click on a day column: a free slot opens a booking; clicks on entries have their own listener. */
    private void slotClicked(tools.jackson.databind.JsonNode targetId) {
        String id = targetId == null || !targetId.isString() ? "" : targetId.asString();
        if (!id.startsWith(SLOT_ID)) return;
        LocalDateTime slot;
        try {
            slot = LocalDateTime.parse(id.substring(SLOT_ID.length()), SLOT_ID_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            return; // not one of ours: the browser only sends ids the page has
        }
        if (slot.toLocalDate().isBefore(firstDay()) || !slot.toLocalDate().isBefore(endDay())) return;
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
            number.addClickListener(e -> show(Mode.DAY, thisDay));
            cell.add(number);
            List<CalendarEntry> today = shown.stream().filter(e -> e.start().toLocalDate().equals(thisDay)).toList();
            today.stream().limit(3).forEach(e -> cell.add(entryBox(e, false)));
            if (today.size() > 3) {
                Span more = new Span("+" + (today.size() - 3));
                more.addClassName("cal-more");
                more.addClickListener(e -> show(Mode.DAY, thisDay));
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
        box.getElement().setAttribute("role", "button");
        box.getElement().setAttribute("tabindex", "0");
        box.addClickListener(e -> onEntry.accept(entry));
        return box;
    }
}
