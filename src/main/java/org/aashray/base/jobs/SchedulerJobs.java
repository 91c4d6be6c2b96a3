package org.aashray.base.jobs;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the heartbeat with the clustered JDBC job store. */
@Configuration
class SchedulerJobs {

    @Bean
    JobDetail heartbeatJob() {
        return JobBuilder.newJob(HeartbeatJob.class).withIdentity(HeartbeatJob.NAME, "system")
                .storeDurably().requestRecovery(false).build();
    }

    @Bean
    Trigger heartbeatTrigger(JobDetail heartbeatJob, @Value("${aashray.jobs.heartbeat-cron:0 */10 * * * ?}") String cron) {
        // A missed heartbeat is not worth replaying after downtime: skip to the next one.
        return TriggerBuilder.newTrigger().forJob(heartbeatJob).withIdentity(HeartbeatJob.NAME, "system")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
