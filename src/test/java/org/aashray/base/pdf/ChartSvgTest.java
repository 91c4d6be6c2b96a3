package org.aashray.base.pdf;

import org.aashray.base.charts.ChartSvg;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG the web page shows is a plain svg element carrying the chart's title as text. */
class ChartSvgTest {

    @Test
    void chartSvgIsAnSvgElementContainingTheTitle() {
        String svg = ChartSvg.toSvg(ChartIsEmbeddedAsVectorTest.admissionsChart(), 600, 360);

        assertThat(svg).startsWith("<svg").contains("Admissions per month").contains("Noto Sans");
    }
}
