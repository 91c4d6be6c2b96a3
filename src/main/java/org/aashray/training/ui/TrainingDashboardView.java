package org.aashray.training.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.aashray.base.charts.ChartStyle;
import org.aashray.base.charts.ChartSvg;
import org.aashray.training.TrainingDashboard;
import org.aashray.training.TrainingDashboardService;
import org.aashray.training.TrainingFigures;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Batches running, fill rate, completion rate and placement rates at the outcome checks, by course and by
 * home; the chart's numbers are in the tables below it. District officials see no rate based on fewer than 5.
 */
@Route("training/dashboard")
@RolesAllowed({"TRAINER", "CARE_MANAGER", "DISTRICT_OFFICIAL"})
public class TrainingDashboardView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TrainingFigures> byCourse = new Grid<>();
    final Grid<TrainingFigures> byHome = new Grid<>();
    final Div figures = new Div();
    private final TrainingDashboard data;

    public TrainingDashboardView(TrainingDashboardService service) {
        setWidthFull();
        data = service.dashboard();
        TrainingFigures t = data.total();
        figures.addClassName("card-grid");
        figures.setId("training-figures");
        figures.add(figure("training.dashboard.running", String.valueOf(t.runningBatches())),
                figure("training.dashboard.fill", rate(t.fillRate(), Integer.MAX_VALUE)),
                figure("training.dashboard.completion", rate(t.completionRate(), t.finished())));
        for (int m : data.checkMonths()) {
            figures.add(figure(getTranslation("training.dashboard.placement", m), rate(t.placementRate(m), t.placementBase(m))));
        }
        add(figures);
        if (data.byCourse().isEmpty()) {
            add(new Paragraph(getTranslation("training.dashboard.empty")));
            return;
        }
        add(new H3(getTranslation("training.dashboard.byCourse")));
        Svg chart = new Svg(ChartSvg.toSvg(chart(data.byCourse()), 900, 380));
        chart.setId("training-chart");
        chart.addClassName("chart");
        add(chart);
        configure(byCourse, "training.course", data.byCourse());
        byCourse.setId("by-course");
        add(byCourse, new H3(getTranslation("training.dashboard.byHome")));
        configure(byHome, "training.home", data.byHome());
        byHome.setId("by-home");
        add(byHome);
    }

    private JFreeChart chart(List<TrainingFigures> rows) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (TrainingFigures f : rows) {
            ds.addValue(value(f.completionRate(), f.finished()), getTranslation("training.dashboard.completion"), f.label());
            for (int m : data.checkMonths()) {
                ds.addValue(value(f.placementRate(m), f.placementBase(m)), getTranslation("training.dashboard.placement", m), f.label());
            }
        }
        return ChartStyle.apply(ChartFactory.createBarChart(null, null, getTranslation("training.dashboard.percent"), ds,
                PlotOrientation.HORIZONTAL, true, false, false));
    }

    private Number value(Integer rate, int base) {
        return rate == null || suppressed(base) ? null : rate;
    }

    private void configure(Grid<TrainingFigures> grid, String labelKey, List<TrainingFigures> rows) {
        grid.addColumn(TrainingFigures::label).setHeader(getTranslation(labelKey)).setFlexGrow(2);
        grid.addColumn(TrainingFigures::runningBatches).setHeader(getTranslation("training.dashboard.running"));
        grid.addColumn(f -> rate(f.fillRate(), Integer.MAX_VALUE)).setHeader(getTranslation("training.dashboard.fill"));
        grid.addColumn(f -> rate(f.completionRate(), f.finished())).setHeader(getTranslation("training.dashboard.completion"));
        for (int m : data.checkMonths()) {
            grid.addColumn(f -> rate(f.placementRate(m), f.placementBase(m)))
                    .setHeader(getTranslation("training.dashboard.placement", m));
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
    }

    private boolean suppressed(int base) {
        return data.suppressSmall() && base < TrainingDashboard.SMALL_CELL;
    }

    private String rate(Integer rate, int base) {
        if (rate == null) return "—";
        return suppressed(base) ? getTranslation("training.dashboard.suppressed") : rate + " %";
    }

    private Div figure(String labelKeyOrText, String value) {
        Span number = new Span(value);
        number.addClassName("figure");
        String label = labelKeyOrText.startsWith("training.") ? getTranslation(labelKeyOrText) : labelKeyOrText;
        Div card = new Div(number, new Paragraph(label));
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.dashboard.title");
    }
}
