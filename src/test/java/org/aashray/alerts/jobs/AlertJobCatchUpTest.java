package org.aashray.alerts.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class AlertJobCatchUpTest {

    private static final String RULE = "homes.licence-expiring";

    @Autowired Scheduler scheduler;
    @Autowired JdbcTemplate jdbc;

    private int runs() {
        return jdbc.queryForObject("select count(*) from job_runs where job_name = ?", Integer.class, "alerts." + RULE);
    }

    @Test
    void every_rule_has_a_cron_trigger_in_the_clustered_store_that_fires_once_after_a_misfire() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        Trigger trigger = scheduler.getTrigger(AlertJobs.triggerKey(RULE));
        assertThat(trigger).isInstanceOf(CronTrigger.class);
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getJobDetail(AlertJobs.jobKey(RULE)).requestsRecovery()).isTrue();
    }

    @Test
    void after_a_day_of_downtime_an_hourly_rule_runs_once_to_catch_up_not_once_per_missed_hour() throws Exception {
        TriggerKey key = AlertJobs.triggerKey(RULE);
        String cron = ((CronTrigger) scheduler.getTrigger(key)).getCronExpression();
        int before = runs();
        try {
            // As after a day of downtime: 24 hourly fire times lie in the past, none of them fired.
            Date dayAgo = Date.from(Instant.now().minus(Duration.ofHours(24)));
            scheduler.rescheduleJob(key, AlertJobs.trigger(RULE, "0 0 * * * ?", dayAgo));

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (runs() == before && Instant.now().isBefore(deadline)) {
                Thread.sleep(250);
            }
            Thread.sleep(5000); // time enough for any further (wrong) catch-up runs
            assertThat(runs()).isEqualTo(before + 1);
            Trigger after = scheduler.getTrigger(key);
            assertThat(after.getNextFireTime()).isAfter(new Date());
            assertThat(jdbc.queryForObject("select outcome from job_runs where job_name = ? order by id desc limit 1",
                    String.class, "alerts." + RULE)).isEqualTo("OK");
        } finally {
            scheduler.rescheduleJob(key, AlertJobs.trigger(RULE, cron, new Date()));
        }
    }
}
