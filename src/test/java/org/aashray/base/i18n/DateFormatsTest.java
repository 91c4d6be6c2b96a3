package org.aashray.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date format and one time format, on screens, in messages and in the pickers people type into. */
class DateFormatsTest {

    private static final Locale HINDI = Locale.forLanguageTag("hi-IN");

    @Test
    void dates_read_day_first_in_every_language() {
        assertThat(DateFormats.date(LocalDate.of(2026, 12, 7), Locale.ENGLISH)).isEqualTo("07/12/2026");
        assertThat(DateFormats.date(LocalDate.of(2026, 12, 7), HINDI)).isEqualTo("07/12/2026");
        assertThat(DateFormats.dateTime(LocalDateTime.of(2026, 12, 7, 14, 30), HINDI)).isEqualTo("07/12/2026 14:30");
        assertThat(DateFormats.span(LocalDateTime.of(2026, 12, 7, 10, 0), LocalDateTime.of(2026, 12, 7, 11, 0)))
                .isEqualTo("07/12/2026 10:00–11:00");
    }

    @Test
    void date_pickers_show_the_same_format_and_accept_the_short_forms_people_type() {
        DatePicker picker = DateFormats.apply(new DatePicker());
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(picker.getI18n().getDateFormats()).contains("d/M/yyyy");
        DateTimePicker both = DateFormats.apply(new DateTimePicker());
        assertThat(both.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(shortTimePattern(both.getLocale())).contains("HH");
    }

    @Test
    void time_pickers_use_the_24_hour_clock_as_every_written_time_does() {
        TimePicker picker = DateFormats.apply(new TimePicker());
        assertThat(shortTimePattern(picker.getLocale())).contains("HH").doesNotContain("a");
    }

    private static String shortTimePattern(Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
    }
}
