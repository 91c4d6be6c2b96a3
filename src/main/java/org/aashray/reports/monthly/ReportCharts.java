package org.aashray.reports.monthly;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.aashray.base.charts.ChartStyle;
import org.aashray.base.charts.ChartSvg;
import org.aashray.base.i18n.DateFormats;
import org.aashray.reports.figures.DistrictFigures;
import org.aashray.reports.figures.MonthPoint;
import org.aashray.reports.figures.Pipeline;
import org.aashray.reports.figures.TrainingRates;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the reports, built once and drawn both in the page (SVG) and in the PDF (vector). A suppressed
 * count or a withheld rate draws no bar (its table says "<5" or "—"), so a chart never shows more than the table.
 */
public final class ReportCharts {

    /** Which chart goes with a table. */
    public enum Kind { UTILISATION, PIPELINE, TRAINING }

    /** Text in the reader's language for a label key (the page's or the report's translations). */
    @FunctionalInterface
    public interface Labels {
        String t(String key, Object... args);
    }

    private ReportCharts() {
    }

    /** The chart's title, as a label key. */
    public static String titleKey(Kind kind) {
        return switch (kind) {
            case UTILISATION -> "reports.utilisationChart";
            case PIPELINE -> "reports.pipelineChart";
            case TRAINING -> "reports.trainingChart";
        };
    }

    private record SvgKey(Kind kind, Object data, Locale locale, int width, int height) {
    }

    private static final int KEPT_SVGS = 100;
    private static final Map<SvgKey, String> SVGS = Collections.synchronizedMap(new LinkedHashMap<>(KEPT_SVGS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SvgKey, String> eldest) {
            return size() > KEPT_SVGS;
        }
    });

    /**
     * The chart as SVG for a page. Drawing one is most of a report page's work, and every official of a
     * district looks at the same figures: a chart drawn before from equal figures in the same language is
     * not drawn again. The key is the chart's own figures (counts already suppressed for the reader), so
     * a change in them draws anew.
     */
    public static String svg(Kind kind, DistrictFigures f, Labels t, Locale locale, int width, int height) {
        Object data = switch (kind) {
            case UTILISATION -> f.last12Months();
            case PIPELINE -> f.pipeline();
            case TRAINING -> f.training();
        };
        SvgKey key = new SvgKey(kind, data, locale, width, height);
        String known = SVGS.get(key);
        if (known != null) return known;
        String drawn = ChartSvg.toSvg(chart(kind, f, t, locale), width, height);
        SVGS.put(key, drawn);
        return drawn;
    }

    /** The chart, labelled through {@code t}. */
    public static JFreeChart chart(Kind kind, DistrictFigures f, Labels t, Locale locale) {
        return switch (kind) {
            case UTILISATION -> utilisation(f, t.t(titleKey(kind)), t.t("reports.month"),
                    t.t("reports.utilisationPercent"), locale);
            case PIPELINE -> pipeline(f, t);
            case TRAINING -> training(f, t);
        };
    }

    public static JFreeChart utilisation(DistrictFigures figures, String title, String monthAxis, String percentAxis, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthPoint p : figures.last12Months()) {
            data.addValue(p.utilisationPercent(), percentAxis, DateFormats.shortMonth(p.month(), locale));
        }
        JFreeChart chart = ChartFactory.createBarChart(title, monthAxis, percentAxis, data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        // twelve month labels fit a half page only when slanted
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return ChartStyle.apply(chart);
    }

    private static JFreeChart pipeline(DistrictFigures f, Labels t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.t("reports.residents");
        Pipeline p = f.pipeline();
        data.addValue(p.inCare().visibleValue(), series, t.t("reports.stage.IN_CARE"));
        data.addValue(p.verificationPending().visibleValue(), series, t.t("reports.stage.VERIFICATION_PENDING"));
        data.addValue(p.ready().visibleValue(), series, t.t("reports.stage.READY"));
        data.addValue(p.exited().visibleValue(), series, t.t("reports.stage.EXITED"));
        JFreeChart chart = ChartFactory.createBarChart(t.t(titleKey(Kind.PIPELINE)), t.t("reports.stage"), series,
                data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        chart.getCategoryPlot().getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return ChartStyle.apply(chart);
    }

    private static JFreeChart training(DistrictFigures f, Labels t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.t("reports.ratePercent");
        data.addValue(percent(f.training().completionRate()), series, t.t("reports.completion"));
        for (TrainingRates.PlacementRate p : f.training().placement()) {
            data.addValue(percent(p.rate()), series, t.t("reports.placedAtShort", p.months()));
        }
        JFreeChart chart = ChartFactory.createBarChart(t.t(titleKey(Kind.TRAINING)), null, series, data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(3);
        return ChartStyle.apply(chart);
    }

    private static Integer percent(String rate) {
        return rate.endsWith("%") ? Integer.valueOf(rate.substring(0, rate.length() - 1)) : null;
    }
}
