package org.aashray.alerts.jobs;

import java.time.Clock;
import java.time.Instant;
import org.aashray.alerts.digest.AlertDigest;
import org.aashray.base.jobs.JobRunLog;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.beans.factory.ObjectProvider;

/** Sends the daily alert digest when it is configured; otherwise records that it had nothing to do. */
@DisallowConcurrentExecution
public class AlertDigestJob implements Job {

    static final String NAME = "alerts.digest";

    private final ObjectProvider<AlertDigest> digest;
    private final JobRunLog runs;
    private final Clock clock;

    public AlertDigestJob(ObjectProvider<AlertDigest> digest, JobRunLog runs, Clock clock) {
        this.digest = digest;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant started = clock.instant();
        AlertDigest sender = digest.getIfAvailable();
        if (sender == null) {
            runs.record(context, started, "SKIPPED", "Digest not configured (spring.mail.host)");
            return;
        }
        try {
            runs.record(context, started, "OK", "Digest sent: " + sender.send() + " open alerts");
        } catch (RuntimeException e) {
            runs.record(context, started, "FAILED", "Digest: " + e.getClass().getSimpleName() + " " + e.getMessage());
            throw new JobExecutionException(e, false);
        }
    }
}
