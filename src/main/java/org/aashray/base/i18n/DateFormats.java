package org.aashray.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way Aashray writes dates and times: on screens, in messages, alerts and PDFs, and in date pickers,
 * so that a date typed into a form looks like the date shown beside it. Day first, as on the paper registers
 * of Indian homes ("07/12/2026"); numeric, because a date picker can show no month names, and the same in
 * every language the app speaks. A language that needs its own pattern gets it here and nowhere else.
 */
public final class DateFormats {

    private static final String DATE = "dd/MM/yyyy";
    private static final String TIME = "HH:mm";
    /** Times are written on the 24-hour clock ("14:30") in every language, as on a duty roster and in {@link #time}. */
    private static final Locale TWENTY_FOUR_HOUR_CLOCK = Locale.UK;
    /** What a person may also type into a date picker: a day or month without its leading zero, dashes or dots. */
    private static final String[] ALSO_ACCEPTED = {"d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy"};

    private DateFormats() {
    }

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateTimeFormatter.ofPattern(DATE, locale(locale));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : date.format(dateFormatter(locale));
    }

    /** In the language of the current screen (English outside one, e.g. in a job). */
    public static String date(LocalDate date) {
        return date(date, currentLocale());
    }

    public static String time(LocalTime time) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern(TIME));
    }

    public static String dateTime(LocalDateTime moment, Locale locale) {
        return moment == null ? "" : moment.format(DateTimeFormatter.ofPattern(DATE + " " + TIME, locale(locale)));
    }

    public static String dateTime(LocalDateTime moment) {
        return dateTime(moment, currentLocale());
    }

    /** A stored instant as the home's wall-clock time. */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()), locale);
    }

    public static String dateTime(Instant instant) {
        return dateTime(instant, currentLocale());
    }

    /** A month heading, in words ("December 2026", "दिसंबर 2026"). */
    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale(locale)));
    }

    /** A short month for chart axes ("Dec 26"). */
    public static String shortMonth(YearMonth month, Locale locale) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("MMM yy", locale(locale)));
    }

    /** A booked time, e.g. in a clash message: "07/12/2026 10:00–11:00" (both dates when it spans midnight). */
    public static String span(LocalDateTime start, LocalDateTime end) {
        String from = dateTime(start, Locale.ENGLISH) + "–";
        return start.toLocalDate().equals(end.toLocalDate()) ? from + time(end.toLocalTime()) : from + dateTime(end, Locale.ENGLISH);
    }

    /** Makes a date picker show and read dates as every other place does. */
    public static DatePicker apply(DatePicker picker) {
        picker.setI18n(pickerI18n(picker.getI18n()));
        return picker;
    }

    public static DateTimePicker apply(DateTimePicker picker) {
        picker.setLocale(TWENTY_FOUR_HOUR_CLOCK);
        picker.setDatePickerI18n(pickerI18n(picker.getDatePickerI18n()));
        return picker;
    }

    /** Makes a time picker show and read times as every other place does (24-hour clock). */
    public static TimePicker apply(TimePicker picker) {
        picker.setLocale(TWENTY_FOUR_HOUR_CLOCK);
        return picker;
    }

    private static DatePicker.DatePickerI18n pickerI18n(DatePicker.DatePickerI18n existing) {
        DatePicker.DatePickerI18n i18n = existing == null ? new DatePicker.DatePickerI18n() : existing;
        i18n.setDateFormats(DATE, ALSO_ACCEPTED);
        return i18n;
    }

    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static Locale locale(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
