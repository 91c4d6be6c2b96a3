package org.aashray.alerts.jobs;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.AlertRunRequested;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.settings.AlertSettingsChanged;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.aashray.base.jobs.JobRunLog;
import org.aashray.security.SystemAuthentication;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One Quartz job and cron trigger per alert rule, in the clustered JDBC job store. A trigger whose cron is
 * unchanged is left alone at start-up, so Quartz still knows it misfired while the application was down and
 * fires it once (fire-and-proceed), not once per missed time.
 *
 * <p>At start-up a rule that would otherwise wait for its next scheduled time catches up at once: one that never
 * ran (a first start, a new rule), or that missed a scheduled time its trigger no longer knows about (the schedule
 * was changed, the trigger was re-created). Without this every bell said 0 after a start until the night. The node
 * that claims the missed run (a row per rule and missed time, unique in the database) gives the rule a one-shot
 * trigger of the same job, so in a cluster one node catches up and a node joining later finds nothing to do.
 */
@Component
class AlertJobs {

    private static final Logger log = LoggerFactory.getLogger(AlertJobs.class);

    static final String GROUP = "alerts";
    static final String CATCH_UP_GROUP = "alerts.catch-up";
    /** The "missed time" of a rule that never ran. */
    static final Instant NEVER_RAN = Instant.EPOCH;

    private final Scheduler scheduler;
    private final AlertRuleRegistry rules;
    private final AlertSettingsService settings;
    private final JobRunLog runs;
    private final CatchUpClaims claims;
    private final Clock clock;

    AlertJobs(Scheduler scheduler, AlertRuleRegistry rules, AlertSettingsService settings, JobRunLog runs,
              CatchUpClaims claims, Clock clock) {
        this.scheduler = scheduler;
        this.rules = rules;
        this.settings = settings;
        this.runs = runs;
        this.claims = claims;
        this.clock = clock;
    }

    /** Once the application (and with it the scheduler) is up: every rule's schedule, then the catch-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before anything else that waits for the application to be ready
    void startUp() {
        List<String> caughtUp = new ArrayList<>();
        for (AlertRule rule : rules.all()) {
            RuleSettings s = SystemAuthentication.call(() -> settings.effective(rule));
            schedule(rule.key(), s);
            if (catchUp(rule.key(), s)) {
                caughtUp.add(rule.key());
            }
        }
        log.info("Alert rules catching up at start-up on this node: {}", caughtUp.isEmpty() ? "none" : caughtUp);
    }

    /**
     * Starts a run of the rule now when it missed its schedule and nothing else will run it soon; true when this
     * node claimed the run.
     */
    boolean catchUp(String ruleKey, RuleSettings s) {
        if (!s.enabled()) {
            return false;
        }
        try {
            Instant now = clock.instant();
            Instant missed = missedSince(ruleKey, s.cron(), now);
            if (missed == null) {
                return false;
            }
            Trigger regular = scheduler.getTrigger(triggerKey(ruleKey));
            if (regular != null && regular.getNextFireTime() != null && !regular.getNextFireTime().toInstant().isAfter(now)) {
                return false; // its own trigger misfired and still knows: Quartz fires it once now
            }
            if (!claims.claim(ruleKey, missed, scheduler.getSchedulerInstanceId(), now)) {
                return false; // another node caught up for this missed time
            }
            try {
                scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity(catchUpKey(ruleKey)).forJob(jobKey(ruleKey))
                        .startNow().withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
            } catch (ObjectAlreadyExistsException running) {
                // a catch-up of this rule is already waiting or running in the cluster
            }
            return true;
        } catch (SchedulerException | ParseException e) {
            log.warn("Alert rule {} could not catch up at start-up; it runs at its next scheduled time", ruleKey, e);
            return false;
        }
    }

    /**
     * The first scheduled time of the rule since its last successful run, if that time has passed ({@link #NEVER_RAN}
     * when it never ran); null when the rule is up to date.
     */
    private Instant missedSince(String ruleKey, String cron, Instant now) throws ParseException {
        Optional<Instant> last = runs.lastSuccess(jobKey(ruleKey).getName());
        if (last.isEmpty()) {
            return NEVER_RAN;
        }
        Date next = new CronExpression(cron).getTimeAfter(Date.from(last.get()));
        return next != null && !next.toInstant().isAfter(now) ? next.toInstant() : null;
    }

    @TransactionalEventListener
    void settingsChanged(AlertSettingsChanged changed) {
        rules.find(changed.ruleKey()).ifPresent(rule -> schedule(rule.key(), settings.effective(rule)));
    }

    void schedule(String ruleKey, RuleSettings s) {
        try {
            JobDetail job = JobBuilder.newJob(AlertRuleJob.class).withIdentity(jobKey(ruleKey))
                    .usingJobData(AlertRuleJob.RULE, ruleKey).storeDurably()
                    .requestRecovery(true) // a node dying mid-run: another node runs it again (runs are idempotent)
                    .build();
            scheduler.addJob(job, true);
            TriggerKey key = triggerKey(ruleKey);
            Trigger existing = scheduler.getTrigger(key);
            if (existing == null) {
                try {
                    scheduler.scheduleJob(trigger(ruleKey, s.cron(), new Date()));
                } catch (ObjectAlreadyExistsException another) {
                    // another node registered it a moment ago
                }
            } else if (!(existing instanceof CronTrigger cron) || !cron.getCronExpression().equals(s.cron())) {
                scheduler.rescheduleJob(key, trigger(ruleKey, s.cron(), new Date()));
            }
            if (s.enabled()) {
                scheduler.resumeTrigger(key);
            } else {
                scheduler.pauseTrigger(key);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule alert rule " + ruleKey, e);
        }
    }

    /** Runs the rule now, outside its schedule (ADMIN's "run now", demos and tests). */
    @EventListener
    void runNow(AlertRunRequested request) throws SchedulerException {
        scheduler.triggerJob(jobKey(request.ruleKey()));
    }

    static Trigger trigger(String ruleKey, String cron, Date startAt) {
        return TriggerBuilder.newTrigger().withIdentity(triggerKey(ruleKey)).forJob(jobKey(ruleKey)).startAt(startAt)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    static JobKey jobKey(String ruleKey) {
        return new JobKey("alerts." + ruleKey, GROUP);
    }

    static TriggerKey triggerKey(String ruleKey) {
        return new TriggerKey("alerts." + ruleKey, GROUP);
    }

    static TriggerKey catchUpKey(String ruleKey) {
        return new TriggerKey("alerts." + ruleKey, CATCH_UP_GROUP);
    }
}
