package org.aashray.reports.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.reports.figures.ReportScope;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ReportGeneratorTest {

    @Autowired ReportGenerator generator;
    @Autowired DistrictReportService reports;
    @Autowired JdbcTemplate jdbc;

    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    @WithUserDetails("official")
    void the_same_report_asked_for_while_it_waits_is_written_once_and_a_different_one_is_not_merged() throws Exception {
        ReportScope district = reports.scopes().getFirst();
        // the one writer is busy with another report, so the next ones wait in line
        ReportJob busy = generator.start(district, AUGUST, MonthlyReportWriter.Format.PDF, Locale.ENGLISH);
        ReportJob first = generator.start(district, SEPTEMBER, MonthlyReportWriter.Format.PDF, Locale.ENGLISH);
        ReportJob again = generator.start(district, SEPTEMBER, MonthlyReportWriter.Format.PDF, Locale.ENGLISH);
        ReportJob csv = generator.start(district, SEPTEMBER, MonthlyReportWriter.Format.CSV, Locale.ENGLISH);
        ReportJob hindi = generator.start(district, SEPTEMBER, MonthlyReportWriter.Format.PDF, Locale.forLanguageTag("hi"));

        assertThat(again).isSameAs(first);
        assertThat(List.of(busy, csv, hindi)).doesNotContain(first);
        for (ReportJob job : List.of(busy, first, csv, hindi)) waitFor(job);
        assertThat(first.state()).isEqualTo(ReportJob.State.DONE);
        assertThat(new String(first.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(csv.fileName()).endsWith(".csv");

        // once written, asking again writes it afresh (the figures may have changed since)
        ReportJob later = generator.start(district, SEPTEMBER, MonthlyReportWriter.Format.PDF, Locale.ENGLISH);
        assertThat(later).isNotSameAs(first);
        waitFor(later);
        assertThat(later.state()).isEqualTo(ReportJob.State.DONE);
    }

    @Test
    @WithUserDetails("official")
    void a_report_on_homes_outside_her_districts_is_refused_before_anything_is_queued() {
        long other = jdbc.queryForObject("select id from homes where code = 'NAD-T'", Long.class);
        assertThatThrownBy(() -> generator.start(new ReportScope("home:" + other, "x", null, List.of(other)), SEPTEMBER,
                MonthlyReportWriter.Format.PDF, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
    }

    private static void waitFor(ReportJob job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.state() == ReportJob.State.RUNNING && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(job.state()).as("report finished within 60 s").isNotEqualTo(ReportJob.State.RUNNING);
    }
}
