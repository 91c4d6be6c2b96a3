package org.aashray.base.jobs;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The simplest scheduled job: it only records that it ran. Its rows show an administrator that the
 * clustered scheduler is alive and which node picked up the work.
 */
@DisallowConcurrentExecution
public class HeartbeatJob implements Job {

    public static final String NAME = "heartbeat";

    private final JobRunLog log;
    private final Clock clock;

    public HeartbeatJob(JobRunLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant started = clock.instant();
        log.record(context, started, "OK", "Scheduler alive");
    }
}
