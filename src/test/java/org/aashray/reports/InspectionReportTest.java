package org.aashray.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class InspectionReportTest {

    @Autowired InspectionReportService inspectionReports;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("official")
    void the_inspection_report_shows_licence_capacity_staff_on_roll_and_the_overdue_action() throws Exception {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = inspectionReports.write(home, Locale.ENGLISH, out);
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
        }
        assertThat(name).startsWith("inspection-SUN-T-");
        assertThat(text).contains("Inspection report: Asha Transit Home (demo)", "Licence valid until", "Staff on roll",
                "Reception", "Overdue", "Have the visitor register", "Records kept", "Unsatisfactory");
    }
}
