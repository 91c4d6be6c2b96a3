package org.aashray.base.pdf;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.aashray.base.charts.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, writes one small throwaway PDF with a chart and Hindi and Bengali text, in the
 * background. On a cold application the first certificate or report took about 7 s: reading the Noto fonts,
 * installing the Indic shaper, loading iText's layout and SVG classes and JFreeChart's. Done here, the first
 * person to ask for a PDF or open a page with a chart does not wait for it. Start-up itself is not delayed, and
 * a warm-up that fails costs nothing but the time it would have saved (the first PDF then loads it all).
 */
@Component
class PdfWarmUp {

    private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

    private final Clock clock;
    private final CompletableFuture<Integer> warmed = new CompletableFuture<>();

    PdfWarmUp(Clock clock) {
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofPlatform().name("pdf-warm-up").daemon().priority(Thread.MIN_PRIORITY).start(this::warmUp);
    }

    /** The size in bytes of the throwaway PDF, once written; completed exceptionally when the warm-up failed. */
    CompletableFuture<Integer> warmed() {
        return warmed;
    }

    private void warmUp() {
        long started = System.nanoTime();
        try {
            int bytes = throwawayPdf();
            log.info("PDF fonts, PDF writer and chart classes warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            warmed.complete(bytes);
        } catch (RuntimeException | LinkageError e) {
            log.info("PDF warm-up skipped: {} (the first PDF will load the fonts itself)", e.toString());
            log.debug("PDF warm-up failure", e);
            warmed.completeExceptionally(e);
        }
    }

    /** Every part a real report uses: the fonts, the shaper (Hindi and Bengali), a table and a chart as SVG. */
    private int throwawayPdf() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1, "warm-up", "प्रिया");
        data.addValue(2, "warm-up", "রুমা");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, new ReportHeader("Aashray", "warm-up", ZonedDateTime.now(clock)))) {
            pdf.heading("शर्मा · ক্ষেত্র")
                    .table(List.of("a", "b"), List.of(List.of("क्षेत्र", "1")))
                    .chart(ChartStyle.apply(ChartFactory.createBarChart(null, null, null, data)), 120, 80);
        }
        return out.size();
    }
}
