package org.aashray.placements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.base.charts.ChartStyle;
import org.aashray.base.charts.ChartSvg;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.GridFit;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.FlowFigures;
import org.aashray.placements.MonthlyOccupancy;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.OccupancyService;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The current home's occupancy on any past day, the last 30 days' movements and a 12-month utilisation chart
 * with its numbers as a table.
 */
@Route("placements/occupancy")
@Menu(title = "nav.occupancy", order = 13, icon = "vaadin:chart")
@RolesAllowed({"RECEPTION", "COUNSELLOR", "MEDICAL", "TRAINER", "CARE_MANAGER"})
public class OccupancyView extends VerticalLayout implements HasDynamicTitle {

    private final OccupancyService occupancy;
    private final HomeSummary home;
    final DatePicker day = new DatePicker();
    final Div figures = new Div();
    final Div chart = new Div();
    final Grid<MonthlyOccupancy> months = new Grid<>();

    public OccupancyView(OccupancyService occupancy, CurrentHome currentHome, Clock clock) {
        this.occupancy = occupancy;
        this.home = currentHome.get().orElse(null);
        if (home == null) {
            add(new EmptyState(getTranslation("placements.board.noHome")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        add(new H2(getTranslation("placements.occupancy.title", home.name())));
        DateFormats.apply(day);
        day.setLabel(getTranslation("placements.occupancy.day"));
        day.setMax(today);
        day.setValue(today);
        day.setId("occupancy-day");
        day.addValueChangeListener(e -> { if (e.getValue() != null) showDay(e.getValue()); });
        chart.addClassName("chart");
        figures.addClassName("card-grid");
        figures.setId("occupancy-figures");
        add(day, figures, new H3(getTranslation("placements.occupancy.months")), chart);
        // a month's name and six figures: the figures' long headers wrap rather than being cut
        GridFit.wrap(months);
        GridFit.from(months.addColumn(m -> DateFormats.month(m.month(), getLocale())).setHeader(getTranslation("placements.occupancy.month")), "8.5rem", 2);
        GridFit.from(months.addColumn(MonthlyOccupancy::beds).setHeader(getTranslation("placements.occupancy.beds")), "5.5rem");
        GridFit.from(months.addColumn(MonthlyOccupancy::averageOccupied).setHeader(getTranslation("placements.occupancy.averageOccupied")), "5.5rem");
        GridFit.from(months.addColumn(m -> m.utilisationPercent() + " %").setHeader(getTranslation("placements.occupancy.utilisation")), "5.5rem");
        GridFit.from(months.addColumn(MonthlyOccupancy::occupiedAtMonthEnd).setHeader(getTranslation("placements.occupancy.atMonthEnd")), "5.5rem");
        GridFit.from(months.addColumn(MonthlyOccupancy::admissions).setHeader(getTranslation("placements.occupancy.admissions")), "5.5rem");
        GridFit.from(months.addColumn(MonthlyOccupancy::exits).setHeader(getTranslation("placements.occupancy.exits")), "5.5rem");
        months.setAllRowsVisible(true);
        months.setId("occupancy-months");
        add(months);
        showDay(today);
        List<MonthlyOccupancy> year = occupancy.monthly(Set.of(home.id()), YearMonth.from(today).minusMonths(11), YearMonth.from(today));
        months.setItems(year); // twelve rows, computed in one query: nothing to page
        chart.add(new Svg(ChartSvg.toSvg(chart(year), 900, 320)));
    }

    void showDay(LocalDate d) {
        figures.removeAll();
        OccupancyFigures f = occupancy.occupancy(Set.of(home.id()), d);
        FlowFigures flows = occupancy.flows(Set.of(home.id()), d.minusDays(29), d);
        long departures = flows.exits() + flows.transfersOut();
        StringBuilder why = new StringBuilder();
        flows.exitsByReason().forEach((reason, count) -> why.append(why.isEmpty() ? "" : ", ")
                .append(getTranslation("placements.exitReason." + reason)).append(' ').append(count));
        if (flows.transfersOut() > 0) {
            why.append(why.isEmpty() ? "" : ", ").append(getTranslation("placements.occupancy.transferredOut", flows.transfersOut()));
        }
        figures.add(figure("placements.occupancy.beds", String.valueOf(f.beds())),
                figure("placements.occupancy.occupied", String.valueOf(f.occupied())),
                figure("placements.occupancy.free", String.valueOf(f.free())),
                figure("placements.occupancy.utilisation", f.utilisationPercent() + " %"),
                figure("placements.occupancy.overLimit", String.valueOf(f.overStayLimit())),
                figure("placements.occupancy.admissions30", String.valueOf(flows.admissions() + flows.transfersIn())),
                figure("departures30", String.valueOf(departures),
                        getTranslation("placements.occupancy.departures30") + (why.isEmpty() ? "" : ": " + why)),
                // the stays of the same departures: exits and transfers out
                flows.departures() == 0
                        ? figure("stay", "—", getTranslation("placements.occupancy.stayNone"))
                        : figure("stay", String.valueOf(flows.averageStayDays()),
                                getTranslation("placements.occupancy.stay", flows.departures(), flows.medianStayDays())));
    }

    private Component figure(String key, String value) {
        return figure(key.substring(key.lastIndexOf('.') + 1), value, getTranslation(key));
    }

    private Component figure(String name, String value, String label) {
        Span number = new Span(value);
        number.addClassName("figure");
        Div card = new Div(number, new Paragraph(label));
        card.addClassName("card");
        card.getElement().setAttribute("data-figure", name);
        return card;
    }

    private JFreeChart chart(List<MonthlyOccupancy> year) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        year.forEach(m -> data.addValue(m.utilisationPercent(), getTranslation("placements.occupancy.utilisation"),
                DateFormats.shortMonth(m.month(), getLocale())));
        JFreeChart c = ChartFactory.createBarChart(null, null, getTranslation("placements.occupancy.utilisation") + " (%)",
                data, PlotOrientation.VERTICAL, false, false, false);
        return ChartStyle.apply(c);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.occupancy");
    }
}
