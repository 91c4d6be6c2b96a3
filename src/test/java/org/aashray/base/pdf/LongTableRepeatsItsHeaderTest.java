package org.aashray.base.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A table longer than a page repeats its (Hindi) header row on each page it spans. */
class LongTableRepeatsItsHeaderTest {

    @Test
    void sixtyRowsSpanPagesAndEachPageRepeatsTheHindiHeader() {
        List<String> headers = List.of("क्रमांक", "नाम", "प्रवेश तिथि");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(Integer.toString(i), i % 2 == 0 ? "प्रिया शर्मा " + i : "Rina Das " + i, "2026-01-" + (i % 28 + 1)));
        }

        byte[] pdf = PdfTestSupport.write(
                new ReportHeader("Asha Home, Kolkata", "Residents register", PdfTestSupport.GENERATED),
                report -> report.heading("निवासी").table(headers, rows));

        int pages = PdfTestSupport.pageCount(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfTestSupport.text(pdf, page)).as("page %d", page).contains("क्रमांक", "नाम", "प्रवेश तिथि");
        }
        assertThat(PdfTestSupport.text(pdf, pages)).contains("Rina Das 59", "प्रिया शर्मा 60");
    }
}
