package org.aashray.base.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One run of a scheduled job, kept so an administrator can see that the jobs are alive. */
@Entity
@Immutable
@Table(name = "job_runs")
public class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "job_name", nullable = false)
    private String jobName;
    @Column(nullable = false)
    private String node;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "duration_ms", nullable = false)
    private long durationMs;
    @Column(nullable = false)
    private String outcome;
    private String summary;

    protected JobRun() {
    }

    JobRun(String jobName, String node, Instant startedAt, long durationMs, String outcome, String summary) {
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.outcome = outcome;
        this.summary = summary;
    }

    public Long getId() { return id; }
    public String getJobName() { return jobName; }
    public String getNode() { return node; }
    public Instant getStartedAt() { return startedAt; }
    public long getDurationMs() { return durationMs; }
    public String getOutcome() { return outcome; }
    public String getSummary() { return summary; }
}
