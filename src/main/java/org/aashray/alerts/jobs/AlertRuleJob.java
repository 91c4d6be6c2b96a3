package org.aashray.alerts.jobs;

import java.time.Clock;
import java.time.Instant;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.engine.EvaluationResult;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.base.jobs.JobRunLog;
import org.aashray.security.SystemAuthentication;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Evaluates one alert rule. Never two runs of the same rule at once in the cluster; a run judges everything
 * against "now", so after downtime one run catches up. Each run is recorded with what it raised and resolved.
 */
@DisallowConcurrentExecution
public class AlertRuleJob implements Job {

    static final String RULE = "rule";

    private final AlertRuleRegistry rules;
    private final AlertEngine engine;
    private final JobRunLog runs;
    private final Clock clock;

    public AlertRuleJob(AlertRuleRegistry rules, AlertEngine engine, JobRunLog runs, Clock clock) {
        this.rules = rules;
        this.engine = engine;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        Instant started = clock.instant();
        String key = context.getMergedJobDataMap().getString(RULE);
        AlertRule rule = rules.find(key).orElse(null);
        if (rule == null) {
            runs.record(context, started, "SKIPPED", "No alert rule " + key + " in this version");
            return;
        }
        try {
            EvaluationResult result = SystemAuthentication.call(() -> engine.evaluate(rule, started));
            boolean catchUp = AlertJobs.CATCH_UP_GROUP.equals(context.getTrigger().getKey().getGroup());
            runs.record(context, started, "OK", (catchUp ? "Caught up at start-up. " : "") + result.summary());
        } catch (RuntimeException e) {
            runs.record(context, started, "FAILED", key + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            throw new JobExecutionException(e, false);
        }
    }
}
