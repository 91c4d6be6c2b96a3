package org.aashray.reports.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aashray.inspections.Finding;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionArea;
import org.aashray.inspections.InspectionService;
import org.aashray.inspections.NewInspection;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class InspectionReportTest {

    @Autowired InspectionReportService inspectionReports;
    @Autowired InspectionService inspections;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("official")
    void the_inspection_report_shows_licence_capacity_staff_on_roll_and_the_overdue_action() throws Exception {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        List<Finding> findings = new ArrayList<>();
        for (InspectionArea area : InspectionArea.values()) {
            findings.add(area == InspectionArea.RECORDS
                    ? new Finding(area, FindingRating.UNSATISFACTORY, "Register incomplete")
                    : new Finding(area, FindingRating.SATISFACTORY, null));
        }
        inspections.record(new NewInspection(home, LocalDate.now().minusDays(1), "Report test inspector", null, findings,
                List.of(new NewInspection.NewAction("Fix the fire alarm", "Superintendent", LocalDate.now().minusDays(1)))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String name = inspectionReports.write(home, Locale.ENGLISH, out);
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p)));
        }
        assertThat(name).startsWith("inspection-SUN-T-");
        assertThat(text).contains("Inspection report: Asha Transit Home (demo)", "Licence valid until", "Staff on roll",
                "Reception", "Fix the fire alarm", "Overdue", "Report test inspector", "Records kept", "Unsatisfactory");
    }
}
