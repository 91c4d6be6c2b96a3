package org.aashray.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.ReintegrationPipeline;
import org.aashray.reports.monthly.MonthlyReportWriter;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.TrainingDashboardService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class DistrictReportServiceTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Autowired DistrictReportService reports;
    @Autowired MonthlyReportWriter writer;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReintegrationPipeline pipeline;
    @Autowired TrainingDashboardService training;

    private ReportScope bothHomes(KnownHistory h) {
        return new ReportScope("test", "Report test homes", null, List.of(h.homeA, h.homeB));
    }

    @Test
    @WithUserDetails("admin")
    void september_figures_equal_those_worked_out_by_hand() {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictFigures f = reports.figures(bothHomes(h), SEPTEMBER);

        assertThat(f.asOf()).isEqualTo(KnownHistory.day("2026-09-30"));
        assertThat(f.beds()).isEqualTo(16);                       // 10 + 6
        assertThat(f.occupied().text()).isEqualTo("3");           // r2, r4 in A; r5 in B (r6 left on the 30th)
        assertThat(f.utilisation()).isEqualTo("18.8%");           // 3 / 16 = 18.75 %
        assertThat(f.admissions().text()).isEqualTo("4");         // r2, r3, r4, r6 began in September
        assertThat(f.exits().text()).isEqualTo("3");              // r1, r3, r6
        assertThat(f.exitsByReason().get(ExitReason.RESTORED_TO_FAMILY).text()).isEqualTo("1");
        assertThat(f.exitsByReason().get(ExitReason.ABSCONDED).text()).isEqualTo("1");
        assertThat(f.exitsByReason().get(ExitReason.INDEPENDENT_LIVING).text()).isEqualTo("1");
        assertThat(f.averageStayDays()).isEqualTo("19.3");        // (21 + 8 + 29) / 3 = 19.33
        assertThat(f.medianStayDays()).isEqualTo("21.0");         // 8, 21, 29
        assertThat(f.overStayLimit().text()).isEqualTo("1");      // r2 expected to leave on 15 Sep
        assertThat(f.homeRows()).extracting(r -> r.occupied().text()).containsExactlyInAnyOrder("2", "1");
        assertThat(f.typeRows()).hasSize(2);
        assertThat(f.last12Months()).hasSize(12);
        assertThat(f.suppressed()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void the_readiness_pipeline_overdue_work_and_training_rates_equal_those_worked_out_by_hand() {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictFigures f = reports.figures(bothHomes(h), SEPTEMBER);

        Pipeline p = f.pipeline();
        assertThat(p.on()).isEqualTo(LocalDate.now());
        assertThat(p.inCare().text()).isEqualTo("1");               // r5: her latest check is not ready
        assertThat(p.verificationPending().text()).isEqualTo("1");  // r2
        assertThat(p.ready().text()).isEqualTo("1");                // r4: latest check ready (her pending visit does not matter)
        assertThat(p.exited().text()).isEqualTo("3");               // r1, r3, r6 left in September
        assertThat(f.overdueVerifications().text()).isEqualTo("1"); // r2's, due 5 days ago; r4's is due in 5 days
        assertThat(f.overdueFollowUps().text()).isEqualTo("2");     // r1's at T-30 and r6's at T-8; T-3 is within the grace

        TrainingRates t = f.training();
        assertThat(t.finished().text()).isEqualTo("6");             // 4 in Tailoring, 2 in Baking; the open batch not yet
        assertThat(t.completionRate()).isEqualTo("67%");            // 4 of 6
        assertThat(t.placement()).extracting(TrainingRates.PlacementRate::months).containsExactly(3, 6);
        assertThat(t.placement().get(0).due().text()).isEqualTo("3"); // r1, r2, r5 completed 3+ months ago; r6 not yet
        assertThat(t.placement().get(0).rate()).isEqualTo("67%");   // r1 and r5
        assertThat(t.placement().get(1).due().text()).isEqualTo("2"); // r1, r2
        assertThat(t.placement().get(1).rate()).isEqualTo("100%");

        HomeWorkRow a = f.workRows().stream().filter(r -> r.homeId() == h.homeA).findFirst().orElseThrow();
        assertThat(List.of(a.inCare(), a.verificationPending(), a.ready(), a.overdueVerifications(), a.overdueFollowUps(),
                a.trainees())).extracting(Cell::text).containsExactly("0", "1", "1", "1", "1", "4");
        assertThat(a.completionRate()).isEqualTo("50%");
        assertThat(a.placementRates()).containsExactly("50%", "100%");
        HomeWorkRow b = f.workRows().stream().filter(r -> r.homeId() == h.homeB).findFirst().orElseThrow();
        assertThat(List.of(b.inCare(), b.verificationPending(), b.ready(), b.overdueVerifications(), b.overdueFollowUps(),
                b.trainees())).extracting(Cell::text).containsExactly("1", "0", "0", "0", "1", "2");
        assertThat(b.completionRate()).isEqualTo("100%");
        assertThat(b.placementRates()).containsExactly("100%", "—"); // nobody due for the 6-month check yet
    }

    @Test
    @WithUserDetails("official")
    void an_official_sees_the_pipeline_and_training_of_few_people_suppressed() {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictFigures f = reports.figures(new ReportScope("home", "A", null, List.of(h.homeA)), SEPTEMBER);
        assertThat(f.pipeline().inCare().text()).isEqualTo("0");
        assertThat(f.pipeline().verificationPending().text()).isEqualTo("<5");
        assertThat(f.pipeline().ready().text()).isEqualTo("<5");
        assertThat(f.overdueVerifications().text()).isEqualTo("<5");
        assertThat(f.overdueFollowUps().text()).isEqualTo("<5");
        assertThat(f.training().finished().text()).isEqualTo("<5");
        assertThat(f.training().completionRate()).isEqualTo("—");   // 2 of 4 would reveal them
        assertThat(f.training().placement()).extracting(TrainingRates.PlacementRate::rate).containsExactly("—", "—");
        assertThat(f.workRows().getFirst().completionRate()).isEqualTo("—");
    }

    @Test
    @WithUserDetails("official")
    void an_official_sees_small_counts_as_less_than_five_and_no_percentage_that_would_reveal_them() {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictFigures f = reports.figures(new ReportScope("home", "A", null, List.of(h.homeA)), SEPTEMBER);
        assertThat(f.suppressed()).isTrue();
        assertThat(f.occupied().text()).isEqualTo("<5");          // 2 people
        assertThat(f.utilisation()).isEqualTo("—");
        assertThat(f.admissions().text()).isEqualTo("<5");        // 3
        assertThat(f.exitsByReason().get(ExitReason.DECEASED).text()).isEqualTo("0");
        assertThat(f.averageStayDays()).isEqualTo("—");
        assertThat(f.beds()).isEqualTo(10);                       // beds are not people: shown as they are
    }

    @Test
    @WithUserDetails("official")
    void an_official_cannot_report_on_homes_outside_her_districts() {
        long other = jdbc.queryForObject("select id from homes where code = 'NAD-T'", Long.class);
        assertThatThrownBy(() -> reports.figures(new ReportScope("x", "x", null, List.of(other)), SEPTEMBER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.scopes()).extracting(ReportScope::name).doesNotContain("Nadipur (demo)");
        // the count methods reports reads are checked on their own too
        assertThatThrownBy(() -> pipeline.countsByHome(List.of(other))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.byHome(List.of(other))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("reception")
    void reception_gets_no_district_counts() {
        long own = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        assertThatThrownBy(() -> pipeline.countsByHome(List.of(own))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.byHome(List.of(own))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void the_pdf_csv_and_excel_carry_the_same_figures_as_the_dashboard() throws Exception {
        KnownHistory h = new KnownHistory(jdbc);
        DistrictFigures f = reports.figures(bothHomes(h), SEPTEMBER);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        writer.write(f, MonthlyReportWriter.Format.PDF, Locale.ENGLISH, pdf);
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf.toByteArray())))) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) text.append(PdfTextExtractor.getTextFromPage(doc.getPage(p))).append('\n');
        }
        assertThat(text).contains("Monthly occupancy report, September 2026", "Report test homes", "18.8%", "19.3",
                "Restored to family", "Report Transit", "Page 1 of");
        String flat = text.toString().replaceAll("\\s+", " ");
        assertThat(flat).contains("Readiness pipeline on", "Home verification pending 1", "Ready to go home 1",
                "Exited this month 3", "Follow-ups missed (today) 2", "Training completion rate 67%",
                "Completed the course 6 67%");
        // long labels wrap inside their cells, so the value may come before the label's last words
        assertThat(flat).containsPattern("Home verifications overdue (\\(today\\) )?1")
                .containsPattern("Placed in a job or own (enterprise 3 months after )?3 67%")
                .containsPattern("Placed in a job or own (enterprise 6 months after )?2 100%");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        writer.write(f, MonthlyReportWriter.Format.CSV, Locale.ENGLISH, csv);
        String csvText = csv.toString(StandardCharsets.UTF_8);
        assertThat(csvText).contains("\"Utilisation\",\"18.8%\"", "\"Average length of stay (days)\",\"19.3\"",
                "\"Absconded or missing\",\"1\"", "\"Home verification pending\",\"1\"", "\"Exited this month\",\"3\"",
                "\"Follow-ups missed (today)\",\"2\"", "\"Completed the course\",\"6\",\"67%\"",
                "\"Placed in a job or own enterprise 6 months after\",\"2\",\"100%\"");
        String homeA = jdbc.queryForObject("select code from homes where id = ?", String.class, h.homeA);
        assertThat(csvText).contains("\"" + homeA + "\",\"Report Transit Home");
        assertThat(csvText).contains(",\"4\",\"50%\",\"50%\",\"100%\"");   // home A's training line

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        writer.write(f, MonthlyReportWriter.Format.XLSX, Locale.ENGLISH, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Utilisation");
                assertThat(r.getCellText(1)).isEqualTo("18.8%");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Beds in service");
                assertThat(r.getCellText(1)).isEqualTo("16");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Follow-ups missed (today)");
                assertThat(r.getCellText(1)).isEqualTo("2");
            });
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> pipeline = wb.getSheets().filter(s -> s.getName().startsWith("Readiness pipeline")).findFirst()
                    .orElseThrow().read();
            assertThat(pipeline).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Ready to go home");
                assertThat(r.getCellText(1)).isEqualTo("1");
            });
            List<Row> training = wb.getSheets().filter(s -> s.getName().startsWith("Vocational training")).findFirst()
                    .orElseThrow().read();
            assertThat(training).anySatisfy(r -> {
                assertThat(r.getCellText(0)).isEqualTo("Completed the course");
                assertThat(r.getCellText(1)).isEqualTo("6");
                assertThat(r.getCellText(2)).isEqualTo("67%");
            });
        }
    }
}
