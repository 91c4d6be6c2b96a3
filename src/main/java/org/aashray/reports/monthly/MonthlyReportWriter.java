package org.aashray.reports.monthly;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.pdf.PdfReport;
import org.aashray.base.pdf.ReportHeader;
import org.aashray.reports.figures.DistrictFigures;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/** Writes the monthly occupancy report as PDF, CSV or Excel from the same tables. */
@Component
public class MonthlyReportWriter {

    public enum Format {
        PDF("application/pdf", "pdf"), CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mimeType;
        public final String extension;

        Format(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }
    }

    private final MonthlyReportTables tables;

    MonthlyReportWriter(MonthlyReportTables tables) {
        this.tables = tables;
    }

    public void write(DistrictFigures f, Format format, Locale locale, OutputStream out) {
        List<ReportTable> content = tables.tables(f, locale);
        switch (format) {
            case PDF -> pdf(f, content, locale, out);
            case CSV -> csv(f, content, locale, out);
            case XLSX -> xlsx(f, content, locale, out);
        }
    }

    public String fileName(DistrictFigures f, Format format) {
        String scope = f.scope().name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "occupancy-" + scope + "-" + f.month() + "." + format.extension;
    }

    private void pdf(DistrictFigures f, List<ReportTable> content, Locale locale, OutputStream out) {
        ReportHeader header = new ReportHeader(f.scope().name(), tables.title(f, locale), f.generatedAt(),
                tables.t(locale, "reports.pageOf"), locale);
        try (PdfReport pdf = PdfReport.open(out, header)) {
            pdf.paragraph(tables.t(locale, "reports.period", DateFormats.date(f.month().atDay(1), locale),
                    DateFormats.date(f.asOf(), locale)));
            if (f.suppressed()) {
                pdf.paragraph(tables.t(locale, "reports.suppressionNote"));
            }
            ReportTable summary = content.getFirst();
            pdf.heading(summary.title());
            pdf.keyValues(summary.rows().stream().map(r -> Map.entry(r.get(0), r.get(1))).toList());
            for (ReportTable table : content.subList(1, content.size())) {
                pdf.heading(table.title());
                if (table.chart() != null) {
                    pdf.chart(ReportCharts.chart(table.chart(), f, (key, args) -> tables.t(locale, key, args), locale), 500, 220);
                }
                pdf.table(table.headers(), table.rows());
            }
        }
    }

    private void csv(DistrictFigures f, List<ReportTable> content, Locale locale, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF'); // so spreadsheet programs read Hindi names as UTF-8
            line(w, List.of(tables.title(f, locale), f.scope().name()));
            for (ReportTable table : content) {
                w.write("\r\n");
                line(w, List.of(table.title()));
                line(w, table.headers());
                for (List<String> row : table.rows()) {
                    line(w, row);
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(',');
            String c = cells.get(i);
            // a leading = + - @ would be run as a formula by spreadsheet programs
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) c = "'" + c;
            w.write('"' + c.replace("\"", "\"\"") + '"');
        }
        w.write("\r\n");
    }

    private void xlsx(DistrictFigures f, List<ReportTable> content, Locale locale, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Aashray", "1.0");
            for (ReportTable table : content) {
                Worksheet ws = wb.newWorksheet(sheetName(table.title()));
                ws.value(0, 0, tables.title(f, locale) + " · " + f.scope().name());
                for (int c = 0; c < table.headers().size(); c++) {
                    ws.value(2, c, table.headers().get(c));
                    ws.style(2, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<String> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        String v = row.get(c);
                        if (v.matches("\\d{1,12}")) ws.value(3 + r, c, Long.parseLong(v));
                        else ws.value(3 + r, c, v);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]*?/\\\\:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
