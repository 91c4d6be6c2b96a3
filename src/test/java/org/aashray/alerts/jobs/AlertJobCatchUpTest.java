package org.aashray.alerts.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class AlertJobCatchUpTest {

    private static final String RULE = "homes.licence-expiring";
    private static final String CAUGHT_UP = "Caught up at start-up%";

    @Autowired Scheduler scheduler;
    @Autowired JdbcTemplate jdbc;
    @Autowired AlertJobs jobs;
    @Autowired AlertRuleRegistry rules;
    @Autowired AlertSettingsService settings;
    @Autowired Environment env;
    @Autowired Clock clock;

    private Process node2;
    private final BlockingQueue<String> node2Lines = new LinkedBlockingQueue<>();

    @AfterEach
    void stopNode2() throws Exception {
        if (node2 != null && node2.isAlive()) {
            node2.getOutputStream().close();
            if (!node2.waitFor(20, TimeUnit.SECONDS)) {
                node2.destroyForcibly();
            }
        }
    }

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

    /**
     * Issue 19: the rules ran only at night, so after a start every bell said 0 while the bed board showed an
     * overdue return and stays past their end. At start-up each rule that missed its schedule (or never ran) is
     * evaluated at once, by one node of the cluster; a node joining later raises nothing again.
     */
    @Test
    void at_start_up_every_rule_catches_up_once_so_the_demo_due_items_have_alerts_and_a_joining_node_raises_none_again()
            throws Exception {
        String node1 = scheduler.getSchedulerInstanceId();
        List<AlertRule> enabled = rules.all().stream()
                .filter(r -> SystemAuthentication.call(() -> settings.effective(r)).enabled()).toList();
        // This run's application caught up when it started, before any test and without a nightly trigger.
        for (AlertRule rule : enabled) {
            assertThat(jdbc.queryForObject("select count(*) from job_runs where job_name = ? and summary like ? and outcome = 'OK'",
                    Integer.class, "alerts." + rule.key(), CAUGHT_UP)).as("start-up run of %s", rule.key()).isEqualTo(1);
        }

        // As at the demo's first start: no rule has run, no alert exists. The application's start-up work runs.
        List<String> keys = enabled.stream().map(AlertRule::key).toList();
        wipeAlertsAndRuns(keys);
        jobs.startUp();
        assertThat(CatchUpSettled.await(scheduler, Duration.ofSeconds(120))).as("catch-up finished").isTrue();

        LocalDate today = LocalDate.now(clock);
        for (AlertRule rule : enabled) {
            int lead = SystemAuthentication.call(() -> settings.effective(rule)).leadDays();
            long due = SystemAuthentication.call(() -> rule.dueItems(today.plusDays(lead))).stream()
                    .map(d -> d.subjectType() + "#" + d.subjectId()).distinct().count();
            assertThat(openAlerts(rule.key())).as("open alerts of %s", rule.key()).isEqualTo(due);
        }
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = 'placements.absence-return' "
                + "and open_marker = 1 and overdue", Integer.class)).as("the demo's overdue return").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = 'placements.stay-over-limit' "
                + "and open_marker = 1 and overdue", Integer.class)).as("the demo's stays past their end").isPositive();
        List<Long> alertsBefore = jdbc.queryForList("select id from alerts order by id", Long.class);
        int runsBefore = jdbc.queryForObject("select count(*) from job_runs where job_name like 'alerts.%'", Integer.class);

        // A second node joins the cluster: everything is caught up, so it starts no run and raises nothing.
        startNode2();
        String ready = expect("NODE READY", 300);
        assertThat(ready.substring("NODE READY ".length())).isNotEqualTo(node1);
        assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(AlertJobs.CATCH_UP_GROUP))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_FIRED_TRIGGERS where TRIGGER_GROUP = ?", Integer.class,
                AlertJobs.CATCH_UP_GROUP)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from job_runs where job_name like 'alerts.%'", Integer.class))
                .isEqualTo(runsBefore);
        assertThat(jdbc.queryForList("select id from alerts order by id", Long.class)).isEqualTo(alertsBefore);
        for (AlertRule rule : enabled) {
            assertThat(jdbc.queryForObject("select count(*) from job_runs where job_name = ? and summary like ?",
                    Integer.class, "alerts." + rule.key(), CAUGHT_UP)).as("one catch-up of %s", rule.key()).isEqualTo(1);
        }
    }

    private void wipeAlertsAndRuns(List<String> keys) {
        for (String key : keys) {
            jdbc.update("delete c from alert_comments c join alerts a on a.id = c.alert_id where a.rule_key = ?", key);
            jdbc.update("delete from alerts where rule_key = ?", key);
            jdbc.update("delete from job_runs where job_name = ?", "alerts." + key);
        }
        jdbc.update("delete from alert_catch_ups");
    }

    private int openAlerts(String key) {
        return jdbc.queryForObject("select count(*) from alerts where rule_key = ? and open_marker = 1", Integer.class, key);
    }

    private void startNode2() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Dspring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "-Dspring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "-Dspring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "-Dserver.port=0", // a system property: the application's own server.port would win over a default
                "-Dlogging.level.root=WARN",
                "-Daashray.crypto.notes-key=" + Base64.getEncoder().encodeToString(SecureRandom.getSeed(32)),
                "-cp", classpath, JoiningNode.class.getName());
        pb.redirectErrorStream(true);
        node2 = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node2.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    node2Lines.add(line);
                    if (line.startsWith("NODE") || line.contains("ERROR") || line.contains("Exception")) {
                        System.out.println("[node2] " + line);
                    }
                }
            } catch (Exception ignored) {
                // the node ended
            }
        }, "node2-output");
        reader.setDaemon(true);
        reader.start();
    }

    private String expect(String prefix, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            String line = node2Lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !node2.isAlive()) {
                throw new AssertionError("node 2 ended before " + prefix);
            }
        }
        throw new AssertionError("node 2 did not say " + prefix + " within " + seconds + " s");
    }

    @Test
    void after_a_day_of_downtime_an_hourly_rule_runs_once_to_catch_up_not_once_per_missed_hour() throws Exception {
        TriggerKey key = AlertJobs.triggerKey(RULE);
        String cron = ((CronTrigger) scheduler.getTrigger(key)).getCronExpression();
        int before = runs();
        try {
            // As after a day of downtime: 24 hourly fire times lie in the past, none of them fired. The hourly minute
            // is half an hour away, so no regular fire time falls inside the test (at 13:59 "on the hour" did).
            Date dayAgo = Date.from(Instant.now().minus(Duration.ofHours(24)));
            int minute = (java.time.LocalTime.now().getMinute() + 30) % 60;
            scheduler.rescheduleJob(key, AlertJobs.trigger(RULE, "0 " + minute + " * * * ?", dayAgo));

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
