package org.aashray.base.i18n;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One date format per language, from one place (issue #19 found five in use): no screen, PDF, alert or message
 * makes its own date pattern; {@link DateFormats} is the only class that does.
 */
class DatesAreWrittenOneWayTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aashray");

    @Test
    void only_date_formats_makes_date_patterns() {
        noClasses().that().doNotHaveFullyQualifiedName(DateFormats.class.getName())
                // the calendar names its slot elements by date and time (ids for the browser, never shown)
                .and().doNotHaveFullyQualifiedName("org.aashray.base.schedule.ui.CalendarIds")
                .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofLocalizedDate", FormatStyle.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class)
                .orShould().callMethod(DateTimeFormatter.class, "ofLocalizedDateTime", FormatStyle.class, FormatStyle.class)
                .because("dates are written the one way, by DateFormats")
                .check(APP);
    }
}
