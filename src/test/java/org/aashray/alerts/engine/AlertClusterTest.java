package org.aashray.alerts.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aashray.alerts.ClusterRule;
import org.aashray.alerts.ListRule;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: this test's application and a second one started in its own JVM. Both
 * evaluate the same rule at the same time, repeatedly; the unique key and the upsert leave exactly one open
 * alert per subject. Then the second node is killed in the middle of a run and the first repairs the state.
 */
@AashrayIntegrationTest
class AlertClusterTest {

    private static final int ITEMS = 3000;
    private static final String TABLE = "alert_cluster_items";

    @Autowired AlertEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired Environment env;
    @Autowired Clock clock;

    private Process node2;
    private final BlockingQueue<String> node2Lines = new LinkedBlockingQueue<>();

    @AfterEach
    void stopNode2() {
        if (node2 != null && node2.isAlive()) {
            node2.destroyForcibly();
        }
        ListRule.deleteTestAlerts(jdbc);
        jdbc.execute("drop table if exists " + TABLE);
    }

    @Test
    void two_nodes_evaluating_at_once_leave_one_alert_per_subject_and_a_node_killed_mid_run_loses_nothing()
            throws Exception {
        String key = "test.cluster." + System.nanoTime();
        ClusterRule rule = new ClusterRule(jdbc, TABLE, key);
        rule.createTable();
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= ITEMS; i++) {
            rows.add(new Object[]{i, home, java.sql.Date.valueOf(today.plusDays(i % 5 - 2))});
        }
        jdbc.batchUpdate("insert into " + TABLE + " (id, home_id, due_date) values (?, ?, ?)", rows);

        String ready;
        try (AutoCloseable developersApp = Ports.holdApplicationDefault()) {
            startNode2(key);
            ready = expect("NODE2 READY", 300);
        }
        assertThat(jdbc.queryForList("select INSTANCE_NAME from QRTZ_SCHEDULER_STATE", String.class))
                .as("both nodes joined the Quartz cluster").hasSizeGreaterThanOrEqualTo(2)
                .contains(ready.substring("NODE2 READY ".length()));

        Instant now = clock.instant();
        tell("GO " + now.toEpochMilli() + " 3");
        CompletableFuture<Integer> here1 = CompletableFuture.supplyAsync(() -> runs(rule, now, 3));
        CompletableFuture<Integer> here2 = CompletableFuture.supplyAsync(() -> runs(rule, now, 3));
        int raisedHere = here1.get(5, TimeUnit.MINUTES) + here2.get(5, TimeUnit.MINUTES);
        String done = expect("NODE2 DONE", 300);
        System.out.println("[cluster] raised here " + raisedHere + ", " + done);

        int due = jdbc.queryForObject("select count(*) from " + TABLE + " where done = false and due_date <= ?",
                Integer.class, java.sql.Date.valueOf(today.plusDays(3)));
        assertOnePerSubject(key, due);

        // Half the items are done and the rest move; node 2 dies in the middle of its run; node 1 runs after.
        jdbc.update("update " + TABLE + " set done = true where id % 2 = 0");
        jdbc.update("update " + TABLE + " set due_date = date_add(due_date, interval 1 day) where id % 3 = 0");
        Instant later = now.plusSeconds(3600);
        tell("GO " + later.toEpochMilli() + " 50");
        Thread.sleep(300);
        node2.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        runs(rule, later, 1);
        int dueLater = jdbc.queryForObject("select count(*) from " + TABLE + " where done = false and due_date <= ?",
                Integer.class, java.sql.Date.valueOf(today.plusDays(3)));
        assertOnePerSubject(key, dueLater);
        assertThat(jdbc.queryForObject("""
                select count(*) from alerts a join %s i on i.id = a.subject_id
                where a.rule_key = ? and a.open_marker = 1 and a.due_date <> i.due_date""".formatted(TABLE),
                Integer.class, key)).as("every open alert carries its item's current due date").isZero();
    }

    private void assertOnePerSubject(String key, int due) {
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = ? and open_marker = 1",
                Integer.class, key)).isEqualTo(due);
        assertThat(jdbc.queryForList("select subject_id from alerts where rule_key = ? and open_marker = 1 "
                + "group by subject_id having count(*) > 1", Long.class, key)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from alerts a where a.rule_key = ? and a.open_marker = 1 and exists "
                + "(select 1 from " + TABLE + " i where i.id = a.subject_id and i.done)", Integer.class, key)).isZero();
    }

    private int runs(ClusterRule rule, Instant at, int rounds) {
        int raised = 0;
        for (int i = 0; i < rounds; i++) {
            raised += SystemAuthentication.call(() -> engine.evaluate(rule, at)).raised();
        }
        return raised;
    }

    private void startNode2(String key) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-Dspring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "-Dspring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "-Dspring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "-Dlogging.level.root=WARN",
                // a node outside the demo profile must be given the notes key, or it refuses to start
                "-Daashray.crypto.notes-key=" + Base64.getEncoder().encodeToString(SecureRandom.getSeed(32)),
                "-cp", classpath, SecondNode.class.getName(), TABLE, key);
        pb.redirectErrorStream(true);
        node2 = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node2.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    node2Lines.add(line);
                    if (line.startsWith("NODE2") || line.contains("ERROR") || line.contains("Exception")) {
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

    private void tell(String line) {
        PrintWriter w = new PrintWriter(node2.getOutputStream(), true, StandardCharsets.UTF_8);
        w.println(line);
        w.flush();
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
}
