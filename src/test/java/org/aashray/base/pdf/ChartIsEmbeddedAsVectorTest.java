package org.aashray.base.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import org.aashray.base.charts.ChartStyle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Charts go into the PDF as vector forms with real text, not as pictures. */
class ChartIsEmbeddedAsVectorTest {

    static JFreeChart admissionsChart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(4, "प्रवेश / Admissions", "Jan");
        data.addValue(7, "प्रवेश / Admissions", "Feb");
        data.addValue(3, "प्रवेश / Admissions", "Mar");
        return ChartStyle.apply(ChartFactory.createBarChart("Admissions per month", "माह", "संख्या", data));
    }

    @Test
    void theChartBecomesAFormXObjectWithItsLabelsAsText() {
        byte[] pdf = PdfTestSupport.write(
                new ReportHeader("Asha Home, Kolkata", "Admissions chart", PdfTestSupport.GENERATED),
                report -> report.heading("Chart").chart(admissionsChart(), 480, 300));

        try (PdfDocument doc = PdfTestSupport.read(pdf)) {
            PdfDictionary xObjects = doc.getPage(1).getResources().getResource(PdfName.XObject);
            assertThat(xObjects).isNotNull();
            int vectorBytes = 0;
            for (PdfName name : xObjects.keySet()) {
                PdfStream xObject = xObjects.getAsStream(name);
                assertThat(xObject.getAsName(PdfName.Subtype)).as("no raster images").isEqualTo(PdfName.Form);
                vectorBytes += formBytes(xObject);
            }
            // Bars, grid lines and axes are path operators in the forms' content.
            assertThat(vectorBytes).isGreaterThan(2000);
        }
        assertThat(PdfTestSupport.text(pdf, 1)).contains("Admissions per month", "Feb", "संख्या");
    }

    /** Content size of a form and the forms nested in it (iText wraps the SVG in a few). */
    private static int formBytes(PdfStream form) {
        int bytes = form.getBytes().length;
        PdfDictionary resources = form.getAsDictionary(PdfName.Resources);
        PdfDictionary nested = resources == null ? null : resources.getAsDictionary(PdfName.XObject);
        if (nested != null) {
            for (PdfName name : nested.keySet()) {
                bytes += formBytes(nested.getAsStream(name));
            }
        }
        return bytes;
    }
}
