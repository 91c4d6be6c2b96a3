package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.aashray.reports.figures.DistrictFigures;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.reports.figures.ReportScope;
import org.aashray.reports.monthly.MonthlyReportWriter;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The monthly report of one district with 200 homes of 40 beds, 100,000 residents over 5 years of placements,
 * and reintegration and training work ({@link WorkGenerator}), read by the district's official (small cells
 * suppressed). Times the dashboard's figures (target under 500 ms) and the PDF (target under 2 s), plus CSV and
 * Excel. Run with {@code mvn -o -Pbench test -Dtest=ReportsBench}.
 */
@Tag("bench")
@AashrayIntegrationTest
class ReportsBench {

    @Autowired JdbcTemplate jdbc;
    @Autowired DistrictReportService reports;
    @Autowired MonthlyReportWriter writer;
    @Autowired UserDetailsService users;
    @Autowired org.aashray.placements.OccupancyService occupancy;
    @Autowired org.aashray.inspections.InspectionService inspections;
    @Autowired org.aashray.reintegration.ReintegrationPipeline pipeline;
    @Autowired org.aashray.training.TrainingDashboardService training;

    @Test
    void a_districts_monthly_report_for_200_homes_and_100000_residents() throws Exception {
        int homes = Bench.intProperty("bench.homes", 200);
        int residents = Bench.intProperty("bench.residents", 100_000);
        LocalDate today = LocalDate.now();
        List<Long> homeIds = new StructureGenerator(jdbc).generate(1, homes, 40);
        int[] written = new int[1];
        long ms = Bench.millisOf(() -> written[0] = new PlacementGenerator(jdbc).generate(homeIds, residents, 5, today));
        System.out.printf("[bench] generated %d residents and placements over 5 years in %d homes in %d ms%n", written[0],
                homeIds.size(), ms);
        int[] work = new int[4];
        ms = Bench.millisOf(() -> System.arraycopy(new WorkGenerator(jdbc).generate(homeIds, today), 0, work, 0, 4));
        System.out.printf("[bench] generated %d verifications, %d readiness checks, %d follow-ups, %d enrolments in %d ms%n",
                work[0], work[1], work[2], work[3], ms);
        for (String table : List.of("placements", "reint_verifications", "reint_readiness_checks", "reint_followups",
                "training_enrolments", "training_outcomes", "training_batches")) {
            jdbc.execute("analyze table " + table);
        }

        long district = jdbc.queryForObject("select district_id from homes where id = ?", Long.class, homeIds.getFirst());
        jdbc.update("insert into user_districts (user_id, district_id) select id, ? from user_accounts where username = 'official'",
                district);
        UserDetails official = users.loadUserByUsername("official");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(official, null, official.getAuthorities()));
        try {
            ReportScope scope = reports.scopes().stream().filter(s -> district == (s.districtId() == null ? -1 : s.districtId())
                    && s.key().startsWith("district:")).findFirst().orElseThrow();
            assertThat(scope.homeIds()).hasSize(homes);
            YearMonth month = YearMonth.from(today);
            // what the figures are made of, each on its own, to see where the time goes
            List<Long> ids = scope.homeIds();
            Bench.time("  part: occupancy.byHome(today)", 2, 10, () -> occupancy.byHome(ids, today));
            Bench.time("  part: occupancy.flows(month)", 2, 10, () -> occupancy.flows(ids, month.atDay(1), today));
            Bench.time("  part: occupancy.monthly(12 months)", 2, 10, () -> occupancy.monthly(ids, month.minusMonths(11), month));
            Bench.time("  part: inspections.overdueActions", 2, 10, () -> inspections.overdueActions(today));
            Bench.time("  part: occupancy.residentsInCare", 2, 10, () -> occupancy.residentsInCare(ids, today));
            Bench.time("  part: reintegration.countsByHome", 2, 10, () -> pipeline.countsByHome(ids));
            Bench.time("  part: training.byHome", 2, 10, () -> training.byHome(ids));
            Bench.Timing dashboard = Bench.time("dashboard figures, district of " + homes + " homes, this month", 3, 20,
                    () -> reports.figures(scope, month));
            Bench.time("dashboard figures, last month", 1, 10, () -> reports.figures(scope, month.minusMonths(1)));
            DistrictFigures f = reports.figures(scope, month);
            Bench.Timing pdf = Bench.time("monthly report PDF (figures + writing)", 2, 10, () -> write(scope, month, MonthlyReportWriter.Format.PDF));
            Bench.time("monthly report PDF (writing only)", 1, 10, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(f, MonthlyReportWriter.Format.PDF, Locale.ENGLISH, out);
                return out.size();
            });
            Bench.time("monthly report CSV (figures + writing)", 1, 10, () -> write(scope, month, MonthlyReportWriter.Format.CSV));
            Bench.time("monthly report Excel (figures + writing)", 1, 10, () -> write(scope, month, MonthlyReportWriter.Format.XLSX));
            System.out.printf("[bench] figures: beds=%d occupied=%s in care=%s pending=%s ready=%s overdue verifications=%s"
                            + " missed follow-ups=%s completion=%s PDF bytes=%d%n", f.beds(), f.occupied().text(),
                    f.pipeline().inCare().text(), f.pipeline().verificationPending().text(), f.pipeline().ready().text(),
                    f.overdueVerifications().text(), f.overdueFollowUps().text(), f.training().completionRate(),
                    write(scope, month, MonthlyReportWriter.Format.PDF));
            ByteArrayOutputStream sample = new ByteArrayOutputStream();
            writer.write(f, MonthlyReportWriter.Format.PDF, Locale.ENGLISH, sample);
            java.nio.file.Files.write(java.nio.file.Path.of("target", "bench-monthly-report.pdf"), sample.toByteArray());
            assertThat(f.pipeline().inCare().value()).isPositive();
            assertThat(f.overdueFollowUps().value()).isPositive();
            assertThat(dashboard.p50()).isPositive();
            assertThat(pdf.p50()).isPositive();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int write(ReportScope scope, YearMonth month, MonthlyReportWriter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(reports.figures(scope, month), format, Locale.ENGLISH, out);
        return out.size();
    }
}
