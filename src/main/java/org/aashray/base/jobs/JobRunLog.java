package org.aashray.base.jobs;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records each run of a scheduled job: when it ran, on which node, how long it took, what it did. */
@Service
public class JobRunLog {

    private final JobRunRepository runs;
    private final Clock clock;

    JobRunLog(JobRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(JobExecutionContext context, Instant startedAt, String outcome, String summary) {
        String node;
        try {
            node = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            node = "unknown";
        }
        long ms = Math.max(0, clock.millis() - startedAt.toEpochMilli());
        runs.save(new JobRun(context.getJobDetail().getKey().getName(), node, startedAt, ms, outcome, summary));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<JobRun> recent(Pageable pageable) {
        return runs.findAllByOrderByStartedAtDesc(pageable);
    }

    /** When the job last started a run that ended well; empty if it never did. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastSuccess(String jobName) {
        return runs.findFirstByJobNameAndOutcomeOrderByStartedAtDesc(jobName, "OK").map(JobRun::getStartedAt);
    }

    @Transactional(readOnly = true)
    public long runsOf(String jobName) {
        return runs.countByJobName(jobName);
    }
}
