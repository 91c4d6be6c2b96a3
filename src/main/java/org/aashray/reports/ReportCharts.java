package org.aashray.reports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.aashray.base.charts.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The charts of the reports, built once and drawn both in the page (SVG) and in the PDF (vector). */
public final class ReportCharts {

    private ReportCharts() {
    }

    public static JFreeChart utilisation(DistrictFigures figures, String title, String monthAxis, String percentAxis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MMM yy", locale);
        for (MonthPoint p : figures.last12Months()) {
            data.addValue(p.utilisationPercent(), percentAxis, p.month().format(fmt));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, monthAxis, percentAxis, data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        return ChartStyle.apply(chart);
    }
}
