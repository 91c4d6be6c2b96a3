package org.aashray.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.aashray.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The application is killed (SIGKILL) in the middle of a burst of intakes and bed placements and started again
 * on the same database: every write it acknowledged is there, no intake or placement is half-saved, Quartz
 * takes over the dead node's triggers and fires jobs again, and no alert is doubled.
 *
 * <p>Run: {@code mvn test -Dtest=CrashRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false} (about 2-3 minutes).
 */
class CrashRecoveryTest {

    private static final int WRITERS = 4;
    private static final int KILL_AFTER_ACKS = 40;

    private String server;
    private String database;
    private Process node;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> acks = new CopyOnWriteArrayList<>();

    @AfterEach
    void cleanUp() {
        if (node != null && node.isAlive()) {
            node.destroyForcibly();
        }
        if (database != null) {
            TestDatabase.drop(server, database);
        }
    }

    @Test
    void a_node_killed_mid_burst_loses_no_acknowledged_write_half_saves_nothing_and_doubles_no_alert() throws Exception {
        server = TestDatabase.serverUrl();
        database = TestDatabase.newDatabase(server, "aashray_crash");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server + database, "root", ""));

        String first = start("first", true);
        tell("RULES");
        expect("RULES DONE", 120);
        List<Map<String, Object>> alertsBefore = openAlerts(jdbc);

        tell("BURST " + WRITERS);
        expect("BURST STARTED", 60);
        long deadline = System.currentTimeMillis() + 120_000;
        while (acks.size() < KILL_AFTER_ACKS && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long killedAt = System.currentTimeMillis();
        List<String> acknowledged = new ArrayList<>(acks);
        System.out.println("[crash] killed node " + first + " after " + acknowledged.size() + " acknowledged writes");
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKS);

        // Every acknowledged intake and placement is there, with its audit entry.
        int placed = 0;
        for (String ack : acknowledged) {
            String[] f = ack.split(" ");
            assertThat(jdbc.queryForObject("select case_number from residents where id = ?", String.class,
                    Long.parseLong(f[1]))).isEqualTo(f[2]);
            if (f[3].matches("\\d+")) {
                placed++;
                assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where placement_id = ?",
                        Integer.class, Long.parseLong(f[3]))).as("placement " + f[3] + " holds its bed").isEqualTo(1);
            }
        }
        long burstResidents = jdbc.queryForObject("select count(*) from residents where name like 'Burst %'", Long.class);
        System.out.println("[crash] acknowledged " + acknowledged.size() + " intakes (" + placed + " placements); found "
                + burstResidents + " burst residents in the database (the rest committed but not yet acknowledged)");
        assertThat(burstResidents).isGreaterThanOrEqualTo(acknowledged.size());
        assertNothingHalfSaved(jdbc);
        // The admission health check and the care plan are written in the intake's own transaction: every arrival
        // that committed, acknowledged or not, has both.
        assertThat(jdbc.queryForList("""
                select r.case_number from residents r where r.name like 'Burst %' and not exists
                (select 1 from medical_health_checks c where c.resident_id = r.id)""", String.class))
                .as("arrivals without their admission health check").isEmpty();
        assertThat(jdbc.queryForList("""
                select r.case_number from residents r where r.name like 'Burst %' and not exists
                (select 1 from care_plans c where c.resident_id = r.id)""", String.class))
                .as("arrivals without their care plan").isEmpty();

        // Restart on the same database: a new Quartz instance takes over the dead one's triggers.
        String second = start("second", false);
        long restartedAt = System.currentTimeMillis();
        System.out.println("[crash] restarted as " + second + " " + (restartedAt - killedAt) + " ms after the kill");
        assertNothingHalfSaved(jdbc);
        long recoveredBy = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < recoveredBy && jdbc.queryForObject(
                "select count(*) from QRTZ_SCHEDULER_STATE where INSTANCE_NAME = ?", Integer.class, first) > 0) {
            Thread.sleep(1000);
        }
        assertThat(jdbc.queryForList("select INSTANCE_NAME from QRTZ_SCHEDULER_STATE", String.class))
                .as("the dead node left the cluster").doesNotContain(first).contains(second);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_FIRED_TRIGGERS where INSTANCE_NAME = ?",
                Integer.class, first)).as("its in-flight triggers were recovered").isZero();
        System.out.println("[crash] dead node's Quartz state recovered " + (System.currentTimeMillis() - restartedAt)
                + " ms after the restart");
        List<String> ruleTriggers = jdbc.queryForList(
                "select TRIGGER_STATE from QRTZ_TRIGGERS where TRIGGER_GROUP = 'alerts'", String.class);
        assertThat(ruleTriggers).as("every alert rule's trigger is back and waiting").isNotEmpty()
                .allMatch(s -> s.equals("WAITING") || s.equals("PAUSED") || s.equals("EXECUTING") || s.equals("ACQUIRED"));

        // Jobs fire again through Quartz after the restart...
        java.sql.Timestamp since = new java.sql.Timestamp(restartedAt - 1000);
        tell("RUNNOW");
        expect("RUNNOW DONE", 60);
        long firedBy = System.currentTimeMillis() + 60_000;
        int runs = 0;
        while (System.currentTimeMillis() < firedBy && (runs = jdbc.queryForObject(
                "select count(*) from job_runs where node = ? and started_at >= ? and outcome = 'OK'",
                Integer.class, second, since)) < ruleTriggers.size()) {
            Thread.sleep(1000);
        }
        System.out.println("[crash] " + runs + " rule jobs ran on the restarted node");
        assertThat(runs).as("every rule's job ran on the restarted node").isGreaterThanOrEqualTo(ruleTriggers.size());

        // ... and running every rule again doubles no alert: the alerts open before the crash are the same rows.
        tell("RULES");
        expect("RULES DONE", 120);
        assertThat(jdbc.queryForList("""
                select rule_key, subject_type, subject_id from alerts where open_marker = 1
                group by rule_key, subject_type, subject_id having count(*) > 1""")).as("doubled alerts").isEmpty();
        List<Map<String, Object>> alertsAfter = openAlerts(jdbc);
        assertThat(alertsAfter).containsAll(alertsBefore);
        System.out.println("[crash] open alerts before the crash " + alertsBefore.size() + ", after the restart "
                + alertsAfter.size() + " (new ones are for the burst's arrivals), none doubled");
    }

    /** Each multi-table write is one transaction: intake with its audit entry, placement with its bed and entry. */
    private static void assertNothingHalfSaved(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForList("""
                select r.case_number from residents r where r.name like 'Burst %' and not exists
                (select 1 from audit_events a where a.entity_type = 'Resident' and a.entity_id = r.id and a.action = 'CREATE')""",
                String.class)).as("intakes without their audit entry").isEmpty();
        assertThat(jdbc.queryForList("""
                select p.id from placements p where p.end_date is null and p.bed_id is not null and not exists
                (select 1 from bed_occupancy o where o.placement_id = p.id)""", Long.class))
                .as("open placements without their bed").isEmpty();
        assertThat(jdbc.queryForList("""
                select o.placement_id from bed_occupancy o join placements p on p.id = o.placement_id
                where p.end_date is not null or p.resident_id <> o.resident_id""", Long.class))
                .as("beds held by a closed or another resident's placement").isEmpty();
        assertThat(jdbc.queryForList("""
                select p.id from placements p where not exists (select 1 from audit_events a
                where a.entity_type = 'Placement' and a.entity_id = p.id and a.action = 'CREATE')
                and p.resident_id in (select id from residents where name like 'Burst %')""", Long.class))
                .as("placements without their audit entry").isEmpty();
        assertThat(jdbc.queryForList("""
                select case_number from residents group by case_number having count(*) > 1""", String.class))
                .as("case numbers given twice").isEmpty();
    }

    private static List<Map<String, Object>> openAlerts(JdbcTemplate jdbc) {
        return jdbc.queryForList("select id, rule_key, subject_type, subject_id from alerts where open_marker = 1 order by id");
    }

    private String start(String port, boolean demo) throws Exception {
        lines.clear();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, CrashNode.class.getName(),
                "--spring.datasource.url=" + server + database, "--spring.datasource.username=root",
                "--spring.datasource.password=", "--server.port=0", "--logging.level.root=WARN",
                "--spring.profiles.active=demo"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        node = pb.start();
        Process self = node;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(self.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACK ")) {
                        acks.add(line);
                    } else {
                        lines.add(line);
                        if (line.startsWith("NODE") || line.startsWith("RULES") || line.startsWith("ERR")
                                || line.contains("ERROR")) {
                            System.out.println("[node:" + port + "] " + line);
                        }
                    }
                }
            } catch (Exception ignored) {
                // the node was killed
            }
        }, "node-output-" + port);
        reader.setDaemon(true);
        reader.start();
        String ready = expect("NODE READY", 300);
        return ready.substring("NODE READY ".length());
    }

    private void tell(String line) {
        PrintWriter w = new PrintWriter(node.getOutputStream(), true, StandardCharsets.UTF_8);
        w.println(line);
        w.flush();
    }

    private String expect(String prefix, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !node.isAlive()) {
                throw new AssertionError("the node ended before " + prefix);
            }
        }
        throw new AssertionError("the node did not say " + prefix + " within " + seconds + " s");
    }
}
