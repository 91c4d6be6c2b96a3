package org.aashray.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A started application has its PDF fonts in memory before anyone asks for a certificate or a report. */
@AashrayIntegrationTest
class PdfWarmUpTest {

    @Autowired PdfWarmUp warmUp;

    @Test
    void once_the_application_is_ready_a_throwaway_pdf_is_written_and_the_fonts_stay_loaded() {
        // nobody asked for a PDF here: the application wrote one on its own once it was ready (the wait is only a
        // bound for a slow machine, not a timing requirement)
        assertThat(warmUp.warmed()).succeedsWithin(Duration.ofMinutes(2))
                .satisfies(bytes -> assertThat(bytes).as("a whole PDF with a chart").isGreaterThan(1000));
        assertThat(PdfFonts.loaded()).isTrue();
    }
}
