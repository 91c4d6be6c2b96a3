package org.aashray.reports.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.Notifications;
import org.aashray.reports.figures.DistrictFigures;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.reports.figures.ReportScope;
import org.aashray.reports.inspection.InspectionReportService;
import org.aashray.reports.monthly.MonthlyReportTables;
import org.aashray.reports.monthly.MonthlyReportWriter;
import org.aashray.reports.monthly.ReportCharts;
import org.aashray.reports.monthly.ReportGenerator;
import org.aashray.reports.monthly.ReportJob;
import org.aashray.reports.monthly.ReportTable;

/**
 * District officials, care managers and administrators: occupancy and movement figures for a district or a
 * home and a month, with the 12-month chart and its table, and the reports to download.
 */
@Route("reports")
@Menu(title = "nav.reports", order = 70, icon = "vaadin:chart")
@RolesAllowed({"DISTRICT_OFFICIAL", "CARE_MANAGER", "ADMIN"})
public class DistrictDashboardView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<ReportScope> scope = new ComboBox<>();
    final Select<YearMonth> month = new Select<>();
    final Div figures = new Div();
    final HorizontalLayout downloads = new HorizontalLayout();
    final Div jobs = new Div();
    private final Div headline = new Div();
    private final List<Shown> shown = new ArrayList<>();
    private final DistrictReportService reports;
    private final ReportGenerator generator;
    private final MonthlyReportTables tables;
    private final InspectionReportService inspectionReports;

    public DistrictDashboardView(DistrictReportService reports, ReportGenerator generator, MonthlyReportTables tables,
                                 InspectionReportService inspectionReports, Clock clock) {
        this.reports = reports;
        this.generator = generator;
        this.tables = tables;
        this.inspectionReports = inspectionReports;
        addClassName("district-dashboard");
        List<ReportScope> scopes = reports.scopes();
        scope.setLabel(getTranslation("reports.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> (s.key().startsWith("district:") ? getTranslation("reports.district") + ": " : "") + s.name());
        scope.setWidth("24rem");
        scope.setId("report-scope");
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 24; i++) months.add(now.minusMonths(i));
        month.setLabel(getTranslation("reports.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> DateFormats.month(m, getLocale()));
        month.setValue(now);
        month.setId("report-month");
        HorizontalLayout pickers = new HorizontalLayout(scope, month);
        pickers.setWrap(true);
        figures.setWidthFull();
        jobs.addClassName("report-jobs");
        add(pickers, downloads, jobs, figures);
        scope.addValueChangeListener(e -> refresh());
        month.addValueChangeListener(e -> refresh());
        if (scopes.isEmpty()) {
            add(new EmptyState(getTranslation("reports.noScopes")));
        } else {
            scope.setValue(scopes.getFirst());
        }
    }

    private void refresh() {
        downloads.removeAll();
        if (scope.getValue() == null || month.getValue() == null) {
            figures.removeAll();
            shown.clear();
            return;
        }
        DistrictFigures f = reports.figures(scope.getValue(), month.getValue());
        List<ReportTable> content = tables.tables(f, getLocale());
        List<ReportTable> rest = content.subList(1, content.size());
        if (!sameShape(rest)) {
            figures.removeAll();
            shown.clear();
            figures.add(headline);
            for (ReportTable table : rest) shown.add(new Shown(table, figures));
        }
        showHeadline(f, content.getFirst());
        // another month or scope usually has the same tables: only their rows, titles and charts change, so the
        // grids stay (rebuilding eight grids was most of a month change's work)
        for (int i = 0; i < rest.size(); i++) shown.get(i).show(rest.get(i), f);

        for (MonthlyReportWriter.Format format : MonthlyReportWriter.Format.values()) {
            Button b = new Button(getTranslation("reports.download." + format), e -> startJob(format));
            b.setId("download-" + format.extension);
            downloads.add(b);
        }
        if (scope.getValue().homeIds().size() == 1) {
            long homeId = scope.getValue().homeIds().getFirst();
            Anchor inspection = new Anchor(DownloadHandler.fromInputStream(event -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String name = inspectionReports.write(homeId, getLocale(), out);
                byte[] bytes = out.toByteArray();
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, "application/pdf", bytes.length);
            }), getTranslation("reports.inspectionReport"));
            inspection.setId("inspection-report");
            downloads.add(inspection);
        }
    }

    private boolean sameShape(List<ReportTable> rest) {
        if (headline.getParent().isEmpty() || shown.size() != rest.size()) return false;
        for (int i = 0; i < rest.size(); i++) {
            if (!shown.get(i).fits(rest.get(i))) return false;
        }
        return true;
    }

    private void showHeadline(DistrictFigures f, ReportTable summary) {
        headline.removeAll();
        if (f.suppressed()) {
            Paragraph note = new Paragraph(getTranslation("reports.suppressionNote"));
            note.addClassName("callout");
            headline.add(note);
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        cards.setId("report-figures");
        for (List<String> row : summary.rows()) {
            Span number = new Span(row.get(1));
            number.addClassName("figure");
            Div card = new Div(number, new Paragraph(row.get(0)));
            card.addClassName("card");
            cards.add(card);
        }
        headline.add(cards);
    }

    /** One report table on the page: its title, its chart (the same the PDF carries, as SVG) and its grid. */
    private final class Shown {
        private final List<String> headers;
        private final ReportCharts.Kind chartKind;
        private final H2 title = new H2();
        private final Svg chart;
        private final TableGrid grid;

        Shown(ReportTable table, Div into) {
            headers = table.headers();
            chartKind = table.chart();
            into.add(title);
            if (chartKind != null) {
                chart = new Svg();
                chart.addClassName("report-chart");
                chart.setId(table.chart().name().toLowerCase(java.util.Locale.ROOT) + "-chart");
                chart.getElement().setAttribute("role", "img");
                chart.getElement().setAttribute("aria-label", getTranslation(ReportCharts.titleKey(table.chart())));
                into.add(chart);
            } else {
                chart = null;
            }
            grid = new TableGrid(table);
            into.add(grid);
        }

        boolean fits(ReportTable table) {
            return headers.equals(table.headers()) && java.util.Objects.equals(chartKind, table.chart());
        }

        void show(ReportTable table, DistrictFigures f) {
            title.setText(table.title());
            if (chart != null) chart.setSvg(ReportCharts.svg(table.chart(), f, DistrictDashboardView.this::getTranslation, getLocale(), 760, 300));
            grid.show(table);
        }
    }

    /** Long reports are written in the background; the page polls for progress and then offers the file. */
    private void startJob(MonthlyReportWriter.Format format) {
        ReportJob job = generator.start(scope.getValue(), month.getValue(), format, getLocale());
        ProgressBar bar = new ProgressBar(0, 1, 0);
        bar.setWidth("16rem");
        Span label = new Span(getTranslation("reports.preparing", getTranslation("reports.download." + format)));
        HorizontalLayout row = new HorizontalLayout(label, bar);
        row.setAlignItems(Alignment.CENTER);
        jobs.add(row);
        ReportPolling.watch(UI.getCurrent(), job, running -> bar.setValue(running.progress()), ended -> {
            row.removeAll();
            if (ended.state() == ReportJob.State.DONE) {
                byte[] bytes = ended.content();
                Anchor file = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                        new ByteArrayInputStream(bytes), ended.fileName(), ended.mimeType(), bytes.length)),
                        getTranslation("reports.ready", ended.fileName()));
                file.setId("report-file-" + ended.fileName().substring(ended.fileName().lastIndexOf('.') + 1));
                row.add(file);
            } else {
                Notifications.error(getTranslation("reports.failed"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
