package org.aashray.alerts.jobs;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The digest's daily schedule, registered only when the digest is switched on. */
@Configuration
@ConditionalOnProperty(name = "aashray.alerts.digest.enabled", havingValue = "true")
class AlertDigestSchedule {

    @Bean
    JobDetail alertDigestJob() {
        return JobBuilder.newJob(AlertDigestJob.class).withIdentity(AlertDigestJob.NAME, AlertJobs.GROUP).storeDurably().build();
    }

    @Bean
    Trigger alertDigestTrigger(JobDetail alertDigestJob, @Value("${aashray.alerts.digest.cron:0 0 7 * * ?}") String cron) {
        // After downtime the missed digest goes out once, late, rather than never or many times.
        return TriggerBuilder.newTrigger().forJob(alertDigestJob).withIdentity(AlertDigestJob.NAME, AlertJobs.GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
