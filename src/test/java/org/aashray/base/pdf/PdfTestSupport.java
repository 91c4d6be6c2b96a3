package org.aashray.base.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Writes reports to memory and reads them back the way a PDF viewer would. */
final class PdfTestSupport {

    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 3, 14, 9, 5, 0, 0, ZoneId.of("Asia/Kolkata"));

    private PdfTestSupport() {
    }

    static byte[] write(ReportHeader header, Consumer<PdfReport> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport report = PdfReport.open(out, header)) {
            content.accept(report);
        }
        byte[] bytes = out.toByteArray();
        String dir = System.getProperty("aashray.pdf.dump");
        if (dir != null) { // -Daashray.pdf.dump=/tmp/pdfcheck keeps the files for a look with pdftoppm
            try {
                Files.createDirectories(Path.of(dir));
                Files.write(Path.of(dir, header.title().replaceAll("(?U)\\W+", "_") + ".pdf"), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    static PdfDocument read(byte[] pdf) {
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PdfDocument doc = read(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Text of one page; marked /ActualText replaces the glyphs, as in copy and paste. */
    static String text(byte[] pdf, int page) {
        try (PdfDocument doc = read(pdf)) {
            return PdfTextExtractor.getTextFromPage(doc.getPage(page),
                    new LocationTextExtractionStrategy().setUseActualText(true));
        }
    }

    /** Number of glyphs drawn per /ActualText span on a page (spans without one are left out). */
    static Map<String, Integer> glyphsPerActualText(byte[] pdf, int page) {
        Map<String, Integer> counts = new HashMap<>();
        try (PdfDocument doc = read(pdf)) {
            IEventListener listener = new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    TextRenderInfo info = (TextRenderInfo) data;
                    if (info.getActualText() != null) {
                        // Identity-H: two bytes per glyph, whatever the ToUnicode map says about them.
                        counts.merge(info.getActualText(), info.getPdfString().getValueBytes().length / 2, Integer::sum);
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                }
            };
            new PdfCanvasProcessor(listener).processPageContent(doc.getPage(page));
        }
        return counts;
    }

    /** Every text string drawn on a page, decoded through the font's ToUnicode map. */
    static List<String> drawnStrings(byte[] pdf, int page) {
        List<String> strings = new ArrayList<>();
        try (PdfDocument doc = read(pdf)) {
            IEventListener listener = new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    strings.add(((TextRenderInfo) data).getText());
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                }
            };
            new PdfCanvasProcessor(listener).processPageContent(doc.getPage(page));
        }
        return strings;
    }
}
