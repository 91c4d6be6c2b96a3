package org.aashray.reports.monthly;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.aashray.reports.figures.DistrictFigures;
import org.aashray.reports.figures.DistrictReportService;
import org.aashray.reports.figures.ReportScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Writes reports in the background so the reader can keep working; the job carries the reader's security
 * context, so the same access rules and suppression apply as on the page.
 */
@Service
public class ReportGenerator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    // One writer: a PDF takes most of a core, and on a 2-core machine page requests must keep the other.
    private final ExecutorService executor = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "report-writer");
        t.setDaemon(true);
        return t;
    });
    private final DistrictReportService reports;
    private final MonthlyReportWriter writer;
    private final Map<Request, ReportJob> pending = new ConcurrentHashMap<>();

    ReportGenerator(DistrictReportService reports, MonthlyReportWriter writer) {
        this.reports = reports;
        this.writer = writer;
    }

    /**
     * Starts writing a report, or hands back the same report already waiting or being written for another reader
     * (same homes, month, format, language and suppression): a district's officials preparing for one meeting
     * should not queue the same PDF many times over.
     */
    @PreAuthorize(DistrictReportService.READERS)
    public ReportJob start(ReportScope scope, YearMonth month, MonthlyReportWriter.Format format, Locale locale) {
        Request request = new Request(scope.homeIds(), month, format, locale, reports.suppressedFor(scope));
        return pending.compute(request, (r, waiting) -> waiting != null && waiting.state() == ReportJob.State.RUNNING
                ? waiting : submit(r, scope));
    }

    private ReportJob submit(Request request, ReportScope scope) {
        ReportJob job = new ReportJob();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                job.progress(0.1);
                DistrictFigures figures = reports.figures(scope, request.month());
                job.progress(0.5);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                writer.write(figures, request.format(), request.locale(), out);
                job.done(out.toByteArray(), writer.fileName(figures, request.format()), request.format().mimeType);
            } catch (RuntimeException e) {
                log.warn("Report for {} {} failed", scope.key(), request.month(), e);
                job.failed();
            } finally {
                if (job.state() == ReportJob.State.RUNNING) {
                    job.failed(); // whatever stopped the writer, the page must not wait for this report for ever
                }
                pending.remove(request, job);
            }
        }));
        return job;
    }

    /** What makes two readers' reports the same file. */
    private record Request(java.util.List<Long> homeIds, YearMonth month, MonthlyReportWriter.Format format, Locale locale,
                           boolean suppressed) {
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
