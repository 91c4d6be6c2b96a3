package org.aashray.base.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hindi and Bengali in PDFs: conjuncts must be formed, and the text must read back unchanged. */
class IndicTextIsShapedTest {

    private static final String KSHETRA = "क्षेत्र";
    private static final String PRIYA_SHARMA = "प्रिया शर्मा";
    private static final String PRIYA_BENGALI = "প্রিয়া";

    private static byte[] sample() {
        return PdfTestSupport.write(
                new ReportHeader("Asha Home, Kolkata", "Shaping sample", PdfTestSupport.GENERATED),
                report -> report
                        .heading("Resident / निवासी / নিবাসী")
                        .paragraph(KSHETRA)
                        .paragraph(PRIYA_SHARMA)
                        .paragraph(PRIYA_BENGALI)
                        // Words not repeated above, so each counted word occurs once on the page.
                        .paragraph("Mixed: Meena मीना कुमारी (মীনা) from क्षेत्रीय office, 24 Parganas: "
                                + "कि की कु कृ र्क द्ध ह्म श्री, কি কী ক্ষ স্ত্র র্ক।")
                        .keyValues(List.of(
                                Map.entry("नाम / Name", "सुनीता देवी"),
                                Map.entry("জেলা / District", "উত্তর ২৪ পরগনা"),
                                Map.entry("Case worker", "Anjali Mukherjee")))
                        .paragraph("लंबा अनुच्छेद: " + "पुनर्वास योजना में शिक्षा, स्वास्थ्य और कौशल प्रशिक्षण शामिल हैं। ".repeat(6)));
    }

    @Test
    void conjunctsAreDrawnWithFewerGlyphsThanTheWordHasChars() {
        Map<String, Integer> glyphs = PdfTestSupport.glyphsPerActualText(sample(), 1);

        assertThat(glyphs).containsKeys(KSHETRA, PRIYA_BENGALI, "प्रिया", "शर्मा");
        assertThat(glyphs.get(KSHETRA)).isPositive().isLessThan(KSHETRA.length());
        assertThat(glyphs.get(PRIYA_BENGALI)).isPositive().isLessThan(PRIYA_BENGALI.length());
        assertThat(glyphs.get("प्रिया")).isPositive().isLessThan("प्रिया".length());
    }

    @Test
    void extractedTextContainsTheOriginalWordsExactly() {
        String text = PdfTestSupport.text(sample(), 1);

        assertThat(text).contains(KSHETRA, PRIYA_SHARMA, PRIYA_BENGALI, "Mixed: Meena मीना कुमारी (মীনা)", "24 Parganas", "Resident");
    }
}
