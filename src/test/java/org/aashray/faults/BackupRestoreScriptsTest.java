package org.aashray.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.aashray.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup procedure, run for real: {@code scripts/backup.sh} dumps a database with the full
 * schema (audit triggers, Quartz tables) and rows in Hindi and Bengali, {@code scripts/restore-check.sh}
 * restores it into a fresh database and finds every table identical; a dump older than the source is caught.
 */
class BackupRestoreScriptsTest {

    @TempDir Path dir;
    private String server;
    private String source;
    private URI hostPort;

    @BeforeEach
    void sourceDatabase() throws Exception {
        server = TestDatabase.serverUrl();
        source = TestDatabase.newDatabase(server, "aashray_backup");
        hostPort = URI.create(server.substring("jdbc:".length()));
        Flyway.configure().dataSource(server + source, "root", "").locations("classpath:db/migration").load().migrate();
        sql("insert into audit_events (occurred_at, username, action, entity_type, entity_id, summary) values "
                + "(now(6), 'reception', 'CREATE', 'Resident', '1', 'Intake सीमा देवी'), "
                + "(now(6), 'reception', 'CREATE', 'Resident', '2', 'Intake মিতালী সর্দার')");
        sql("insert into record_access_log (accessed_at, username, entity_type, entity_id, purpose) "
                + "values (now(6), 'counsellor', 'Resident', '1', 'profile')");
    }

    @AfterEach
    void dropSource() {
        TestDatabase.drop(server, source);
    }

    @Test
    void a_backup_restores_into_a_fresh_database_with_every_table_identical_and_a_stale_dump_is_caught()
            throws Exception {
        Path dump = dir.resolve("backup.sql.gz");
        Result backup = run("scripts/backup.sh", source, dump.toString());
        assertThat(backup.exit).as(backup.output).isZero();
        assertThat(dir.resolve("backup.sql.gz.sha256")).exists();

        Result check = run("scripts/restore-check.sh", source, dump.toString());
        System.out.println(check.output);
        assertThat(check.exit).as(check.output).isZero();
        assertThat(check.output)
                .contains("restore-check: OK")
                .contains("append-only: audit_events in the restored copy refuses UPDATE")
                .contains("append-only: record_access_log in the restored copy refuses UPDATE")
                .containsPattern("audit_events +2 +2  ok +[0-9a-f]{16}")
                .containsPattern("QRTZ_TRIGGERS +0 +0  ok")
                .doesNotContain("FAIL");

        // A row written after the backup: the same dump no longer matches the source, and the check says where.
        sql("insert into audit_events (occurred_at, username, action, entity_type, entity_id, summary) "
                + "values (now(6), 'admin', 'UPDATE', 'Home', '3', 'written after the backup')");
        Result stale = run("scripts/restore-check.sh", source, dump.toString());
        assertThat(stale.exit).as(stale.output).isEqualTo(1);
        assertThat(stale.output).contains("FAIL audit_events: 3 rows in " + source + ", 2 restored")
                .contains("kept for inspection");
        TestDatabase.drop(server, stale.output.replaceAll("(?s).* between \\S+ and (\\S+); .*", "$1").trim());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(server + source, "root", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Result run(String script, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(script).toAbsolutePath().toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DB_HOST", hostPort.getHost());
        pb.environment().put("DB_PORT", String.valueOf(hostPort.getPort()));
        pb.environment().put("DB_USER", "root");
        pb.environment().put("DB_PASSWORD", "");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as(script + " ended").isTrue();
        return new Result(p.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
