package org.aashray.alerts.jobs;

import java.util.Date;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.AlertRunRequested;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.settings.AlertSettingsChanged;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.aashray.security.SystemAuthentication;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * One Quartz job and cron trigger per alert rule, in the clustered JDBC job store. A trigger whose cron is
 * unchanged is left alone at start-up, so Quartz still knows it misfired while the application was down and
 * fires it once (fire-and-proceed), not once per missed time.
 */
@Component
class AlertJobs {

    static final String GROUP = "alerts";

    private final Scheduler scheduler;
    private final AlertRuleRegistry rules;
    private final AlertSettingsService settings;

    AlertJobs(Scheduler scheduler, AlertRuleRegistry rules, AlertSettingsService settings) {
        this.scheduler = scheduler;
        this.rules = rules;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerAll() {
        for (AlertRule rule : rules.all()) {
            schedule(rule.key(), SystemAuthentication.call(() -> settings.effective(rule)));
        }
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
}
