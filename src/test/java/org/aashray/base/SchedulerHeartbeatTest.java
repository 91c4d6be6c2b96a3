package org.aashray.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.aashray.base.jobs.HeartbeatJob;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class SchedulerHeartbeatTest {

    @Autowired Scheduler scheduler;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_clustered_jdbc_scheduler_fires_the_heartbeat_and_records_the_run() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).contains("LocalDataSourceJobStore");
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_TRIGGERS where TRIGGER_NAME = ?", Integer.class,
                HeartbeatJob.NAME)).isEqualTo(1);
        int before = jdbc.queryForObject("select count(*) from job_runs where job_name = ?", Integer.class, HeartbeatJob.NAME);

        scheduler.triggerJob(new JobKey(HeartbeatJob.NAME, "system"));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int after = before;
        while (after == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            after = jdbc.queryForObject("select count(*) from job_runs where job_name = ?", Integer.class, HeartbeatJob.NAME);
        }
        assertThat(after).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_SCHEDULER_STATE", Integer.class)).isPositive();
    }
}
