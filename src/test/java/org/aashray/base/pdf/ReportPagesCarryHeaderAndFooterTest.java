package org.aashray.base.pdf;

import com.itextpdf.layout.element.AreaBreak;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page repeats issuer, title, generation time and its "page X of Y" footer. */
class ReportPagesCarryHeaderAndFooterTest {

    @Test
    void bothPagesOfATwoPageReportShowHeaderTimeAndPageOfTotal() {
        byte[] pdf = PdfTestSupport.write(
                new ReportHeader("Asha Home, Kolkata", "Monthly census", PdfTestSupport.GENERATED),
                report -> {
                    report.paragraph("First page.");
                    report.document().add(new AreaBreak());
                    report.paragraph("Second page.");
                });

        assertThat(PdfTestSupport.pageCount(pdf)).isEqualTo(2);
        assertThat(PdfTestSupport.text(pdf, 1))
                .contains("Monthly census", "Asha Home, Kolkata", "14/03/2026 09:05", "Page 1 of 2");
        assertThat(PdfTestSupport.text(pdf, 2))
                .contains("Monthly census", "Asha Home, Kolkata", "14/03/2026 09:05", "Page 2 of 2");
    }

    @Test
    void footerWordsComeFromTheCallerSoTheyCanBeHindi() {
        byte[] pdf = PdfTestSupport.write(
                new ReportHeader("आशा गृह, कोलकाता", "मासिक गणना", PdfTestSupport.GENERATED,
                        "पृष्ठ {0} / {1}", Locale.ENGLISH),
                report -> report.paragraph("पहला पृष्ठ।"));

        assertThat(PdfTestSupport.text(pdf, 1)).contains("आशा गृह, कोलकाता", "मासिक गणना", "पृष्ठ 1 / 1");
    }
}
