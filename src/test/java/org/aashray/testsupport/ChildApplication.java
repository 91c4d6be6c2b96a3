package org.aashray.testsupport;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.Application;

/**
 * Aashray started in a JVM of its own, as an operator starts it, for a test about a whole application's life (a first
 * start, a database outage). In the test's own JVM a second application would share its statics (Spring Security's
 * context holder strategy, Vaadin's) with the application every test shares, so such a test needed a JVM to itself;
 * as a child process it runs beside the other tests. Its output is kept in {@code target/<name>.log}.
 */
public final class ChildApplication implements AutoCloseable {

    /**
     * Written once the application is ready for a test: after "Started", its runners (the demo data) and the alert
     * rules' start-up catch-up still run ({@code alerts.jobs.CatchUpSettled} writes it when they are done).
     */
    public static final String READY = "AASHRAY READY FOR TESTS";

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile int port;

    private ChildApplication(Process process) {
        this.process = process;
    }

    /**
     * Starts the application with these environment variables and arguments (add {@code --server.port=0}) and waits
     * until it is ready: serving requests, its demo data seeded and its start-up catch-up run.
     */
    public static ChildApplication start(String name, Map<String, String> environment, String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-cp", classpath, Application.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = Path.of("target", name + ".log");
        Files.createDirectories(log.getParent());
        ChildApplication app = new ChildApplication(builder.start());
        app.keepOutput(log, name);
        app.awaitStart(name);
        return app;
    }

    private void keepOutput(Path log, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    file.println(line);
                    Matcher m = PORT.matcher(line);
                    if (m.find()) port = Integer.parseInt(m.group(1));
                }
            } catch (Exception ended) {
                // the application ended
            }
        }, name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    private void awaitStart(String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (port > 0 && lines.contains(READY)) return;
            if (!process.isAlive()) break;
            Thread.sleep(100);
        }
        close();
        List<String> last = lines.subList(Math.max(0, lines.size() - 40), lines.size());
        throw new AssertionError(name + " did not start; its last lines:\n" + String.join("\n", last));
    }

    public String url() {
        return "http://localhost:" + port + "/";
    }

    /**
     * The first group of the first line of its output the pattern finds, e.g. a password written to the log once it
     * has started; waits up to a minute for it.
     */
    public Optional<String> find(Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        do {
            for (String line : lines) {
                Matcher m = pattern.matcher(line);
                if (m.find()) return Optional.of(m.group(1));
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline && process.isAlive());
        return Optional.empty();
    }

    /** Stops it as an operator would (SIGTERM, so its shutdown runs), then for good if it does not end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
