package org.aashray.base.pdf;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.svg.converter.SvgConverter;
import com.itextpdf.svg.processors.impl.SvgConverterProperties;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.charts.ChartSvg;
import org.jfree.chart.JFreeChart;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes one A4 PDF with the Aashray look: a header with the issuer (home or district) and the
 * document title, the generation time, and a "Page X of Y" footer on every page.
 *
 * <p>All text goes through {@link PdfFonts}, so Hindi and Bengali names and labels shape correctly.
 * Usage: {@code try (var pdf = PdfReport.open(out, header)) { pdf.heading(..); pdf.table(..); }}.
 * Not thread-safe; one instance per document.
 */
public final class PdfReport implements AutoCloseable {

    private static final float MARGIN_SIDE = 42;
    private static final float MARGIN_TOP = 84;
    private static final float MARGIN_BOTTOM = 54;
    private static final float BODY_SIZE = 10.5f;
    /**
     * Line height in ems. Set as fixed leading because iText's default (1.35 times the font's
     * extent) spaces Noto text about two lines apart; 1.4 em still clears Devanagari marks.
     */
    private static final float LINE_HEIGHT = 1.4f;
    private static final Color RULE = new DeviceRgb(0xBB, 0xBB, 0xBB);
    private static final Color GRID = new DeviceRgb(0xD0, 0xD0, 0xD0);
    private static final Color ZEBRA = new DeviceRgb(0xF4, 0xF6, 0xF8);
    private static final Color HEADER_FILL = new DeviceRgb(0xE3, 0xEA, 0xF1);
    private static final Color MUTED = new DeviceRgb(0x55, 0x55, 0x55);

    private final PdfDocument pdf;
    private final Document document;
    private final FontProvider fonts;
    private final ReportHeader header;
    private boolean closed;

    private PdfReport(OutputStream out, ReportHeader header) {
        this.header = header;
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        this.pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(header.title());
        // Not flushed page by page: the footer needs the final page count, drawn in close().
        this.document = new Document(pdf, PageSize.A4, false);
        document.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        this.fonts = PdfFonts.newFontProvider();
        document.setFontProvider(fonts);
        document.setFontFamily(PdfFonts.FAMILIES);
        document.setFontSize(BODY_SIZE);
    }

    /**
     * Starts a report writing to {@code out}. The stream stays open after {@link #close()}:
     * it belongs to the caller.
     */
    public static PdfReport open(OutputStream out, ReportHeader header) {
        PdfFonts.install();
        return new PdfReport(out, header);
    }

    /** A section heading. */
    public PdfReport heading(String text) {
        document.add(bold(text(text, 14)).setMarginTop(12).setMarginBottom(4));
        return this;
    }

    /** A paragraph of body text; long text wraps. */
    public PdfReport paragraph(String text) {
        document.add(text(text, BODY_SIZE).setMarginTop(0).setMarginBottom(6));
        return this;
    }

    /** Label/value pairs in two columns (labels bold), e.g. {@code List.of(Map.entry("Name", "प्रिया"))}. */
    public PdfReport keyValues(List<Map.Entry<String, String>> pairs) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {35, 65})).useAllAvailableWidth();
        table.setFixedLayout(); // the widths given, without measuring every cell first (most of a table's cost)
        table.setMarginBottom(8);
        for (Map.Entry<String, String> pair : pairs) {
            table.addCell(bold(cell(pair.getKey())).setBorder(Border.NO_BORDER));
            table.addCell(cell(pair.getValue()).setBorder(Border.NO_BORDER));
        }
        document.add(table);
        return this;
    }

    /**
     * A full-width table; the header row repeats on every page the table spans.
     * Rows shorter than the header are padded with empty cells.
     */
    public PdfReport table(List<String> headers, List<List<String>> rows) {
        Table table = new Table(UnitValue.createPercentArray(headers.size())).useAllAvailableWidth();
        table.setFixedLayout(); // equal columns, as given, without measuring every cell first
        table.setMarginBottom(8);
        for (String h : headers) {
            table.addHeaderCell(bold(cell(h)).setBackgroundColor(HEADER_FILL).setBorder(new SolidBorder(GRID, 0.5f)));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = cell(c < row.size() ? row.get(c) : "").setBorder(new SolidBorder(GRID, 0.5f));
                if (r % 2 == 1) {
                    cell.setBackgroundColor(ZEBRA);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        return this;
    }

    /**
     * Embeds the chart as vector graphics (SVG converted to a PDF form), {@code widthPt} by
     * {@code heightPt} points; its labels stay real, searchable text.
     */
    public PdfReport chart(JFreeChart chart, float widthPt, float heightPt) {
        String svg = ChartSvg.toSvg(chart, Math.round(widthPt), Math.round(heightPt));
        SvgConverterProperties props = new SvgConverterProperties().setFontProvider(fonts);
        PdfFormXObject form = SvgConverter.convertToXObject(svg, pdf, props);
        Image image = new Image(form).setWidth(widthPt).setHeight(heightPt).setMarginBottom(8);
        document.add(image);
        return this;
    }

    /** The underlying iText document, for content the methods above do not cover. */
    public Document document() {
        return document;
    }

    /** Draws header and footer on every page and finishes the PDF. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        decoratePages();
        document.close();
    }

    private void decoratePages() {
        int total = pdf.getNumberOfPages();
        String generated = DateFormats.dateTime(header.generatedAt().toLocalDateTime(), header.locale());
        for (int page = 1; page <= total; page++) {
            Rectangle size = pdf.getPage(page).getPageSize();
            float width = size.getWidth() - 2 * MARGIN_SIDE;
            float top = size.getTop();
            document.add(bold(text(header.issuer(), 9)).setFontColor(MUTED).setMargin(0)
                    .setFixedPosition(page, MARGIN_SIDE, top - 34, width * 0.7f));
            document.add(text(generated, 9).setFontColor(MUTED).setMargin(0)
                    .setTextAlignment(TextAlignment.RIGHT)
                    .setFixedPosition(page, MARGIN_SIDE + width * 0.7f, top - 34, width * 0.3f));
            document.add(bold(text(header.title(), 13)).setMargin(0)
                    .setFixedPosition(page, MARGIN_SIDE, top - 56, width));
            new PdfCanvas(pdf.getPage(page)).setStrokeColor(RULE).setLineWidth(0.5f)
                    .moveTo(MARGIN_SIDE, top - 64).lineTo(MARGIN_SIDE + width, top - 64).stroke();
            String footer = header.pageOfPattern()
                    .replace("{0}", Integer.toString(page))
                    .replace("{1}", Integer.toString(total));
            document.add(text(footer, 9).setFontColor(MUTED).setMargin(0)
                    .setTextAlignment(TextAlignment.CENTER)
                    .setFixedPosition(page, MARGIN_SIDE, 24, width));
        }
    }

    private static Cell cell(String value) {
        return new Cell().add(text(value, BODY_SIZE).setMargin(0)).setPadding(4);
    }

    private static Paragraph text(String value, float size) {
        return new Paragraph(value == null ? "" : value).setFontSize(size).setFixedLeading(size * LINE_HEIGHT);
    }

    /** Selects the real bold face (font provider picks it by weight) instead of smearing the regular one. */
    private static <T extends com.itextpdf.layout.element.IElement> T bold(T element) {
        element.setProperty(Property.FONT_WEIGHT, "bold");
        return element;
    }
}
