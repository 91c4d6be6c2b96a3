package org.aashray.base.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.geom.Rectangle2D;

/**
 * Renders a JFreeChart as an SVG string, shared by the web pages (Vaadin's {@code Svg} component)
 * and the PDFs, so both show the same vector chart.
 */
public final class ChartSvg {

    /** CSS font list (double quotes: JFreeSVG puts it inside a single-quoted style attribute): the browser and iText pick the Devanagari or Bengali face for Hindi or Bengali labels. */
    static final String FONT_STACK = "\"Noto Sans\", \"Noto Sans Devanagari\", \"Noto Sans Bengali\", sans-serif";

    private ChartSvg() {
    }

    /**
     * Draws the chart into an {@code <svg>} element of the given size in pixels (1 px = 1 pt in PDFs).
     * Text stays as SVG {@code <text>}, so the viewer shapes Indic labels and they remain searchable.
     */
    public static String toSvg(JFreeChart chart, int width, int height) {
        ChartStyle.registerFonts();
        // JFreeChart otherwise draws rotated labels (the y-axis title) as glyph outlines of the Java
        // font, which has no Devanagari: they would be boxes. As SVG text they get the font fallback.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setFontFunction(family -> isNotoFamily(family) ? FONT_STACK : family);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        // the view box lets a page scale the chart down to a narrow window (CSS max-width) instead of cutting it off
        return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    private static boolean isNotoFamily(String family) {
        return family.startsWith("Noto Sans") || family.equals("Dialog") || family.equals("SansSerif");
    }
}
