package org.aashray.base.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.io.InputStream;

/**
 * One calm, readable look for all charts: white background, light grid, flat bars, and text of
 * at least 14 px in Noto Sans, the family the PDFs and the web pages both use.
 */
public final class ChartStyle {

    /** Family name of the chart text; Hindi and Bengali fall back to the matching Noto faces. */
    public static final String FONT_FAMILY = "Noto Sans";

    private static final String[] FONT_FILES = {
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf",
            "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"};

    /** Muted series colours, distinguishable in greyscale print; JFreeChart's default starts with a loud red. */
    private static final Paint[] PALETTE = {
            new Color(0x3F6E9A), new Color(0xE0A030), new Color(0x5A9E6F), new Color(0xB0605A),
            new Color(0x7C6FA8), new Color(0x8A8A8A), new Color(0x4FA3A5), new Color(0xC58BB0)};

    private static volatile boolean fontsRegistered;

    private ChartStyle() {
    }

    /** Applies the style to the chart and returns it, for chaining. */
    public static JFreeChart apply(JFreeChart chart) {
        registerFonts();
        StandardChartTheme theme = new StandardChartTheme("Aashray", false);
        theme.setExtraLargeFont(new Font(FONT_FAMILY, Font.BOLD, 18));
        theme.setLargeFont(new Font(FONT_FAMILY, Font.BOLD, 15));
        theme.setRegularFont(new Font(FONT_FAMILY, Font.PLAIN, 14));
        theme.setSmallFont(new Font(FONT_FAMILY, Font.PLAIN, 14));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(new Color(0xCCCCCC));
        theme.setDomainGridlinePaint(new Color(0xE0E0E0));
        theme.setRangeGridlinePaint(new Color(0xE0E0E0));
        theme.setTitlePaint(new Color(0x222222));
        theme.setAxisLabelPaint(new Color(0x333333));
        theme.setTickLabelPaint(new Color(0x333333));
        theme.setItemLabelPaint(new Color(0x333333));
        theme.setLegendItemPaint(new Color(0x333333));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(PALETTE, PALETTE, PALETTE,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /**
     * Registers the bundled Noto fonts with Java2D so chart layout measures text with them even on
     * servers without them installed (otherwise Java falls back to "Dialog" and its metrics).
     */
    static void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        synchronized (ChartStyle.class) {
            if (fontsRegistered) {
                return;
            }
            GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (String file : FONT_FILES) {
                try (InputStream in = ChartStyle.class.getResourceAsStream("/fonts/" + file)) {
                    if (in != null) {
                        env.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
                    }
                } catch (Exception e) {
                    // A missing face only costs text metrics; the chart still renders.
                }
            }
            fontsRegistered = true;
        }
    }
}
