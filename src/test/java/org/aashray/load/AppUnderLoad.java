package org.aashray.load;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application under load in its own JVM (so its heap and CPU are its own): the test classpath, the demo
 * profile, a fresh database on the run's MariaDB, a port in 18100-18199, listening on loopback only.
 * Or an app that is already running ({@code -Dload.url}, optionally {@code -Dload.pid} for heap and CPU).
 */
final class AppUnderLoad implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    final String url;
    final long pid;
    final Path log;
    private final Process process;

    private AppUnderLoad(String url, long pid, Path log, Process process) {
        this.url = url;
        this.pid = pid;
        this.log = log;
        this.process = process;
    }

    static AppUnderLoad attach(String url, long pid, Path log) {
        return new AppUnderLoad(url, pid, log, null);
    }

    static AppUnderLoad start(String jdbcUrl, int port, String heap, List<String> extraArgs) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Path.of("target", "load", "app-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseG1GC", "-cp", classpath, "org.aashray.Application",
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.profiles.active=demo",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=20", "--logging.file.name=" + log,
                // Tomcat's own time per request (read to response written), apart from the harness's own delays
                "--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + log.getParent(),
                "--server.tomcat.accesslog.prefix=access-" + port, "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.pattern=%D %s %r"));
        cmd.addAll(extraArgs);
        Process p = new ProcessBuilder(cmd).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "load", "app-" + port + ".out").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        String url = "http://127.0.0.1:" + port + "/";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IllegalStateException("the app stopped while starting; see " + log);
            if (answers(url + "login")) return new AppUnderLoad(url, p.pid(), log, p);
            Thread.sleep(1000);
        }
        p.destroy();
        throw new IllegalStateException("the app did not answer within 300 s; see " + log);
    }

    /** Tomcat's access log of the app this harness started, or null. */
    Path accessLog() throws IOException {
        if (log == null || process == null) return null;
        String prefix = "access-" + url.replaceAll(".*:(\\d+)/?$", "$1");
        try (var files = Files.list(log.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
        }
    }

    static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Heap in use right after a full GC, in KB (what the live sessions really hold), or -1 without a pid. */
    long heapAfterGcKb() throws Exception {
        if (pid <= 0) return -1;
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** CPU time the app's process has used so far (user + system), in ms, from /proc. */
    long cpuMillis() throws IOException {
        if (pid <= 0) return -1;
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /**
     * Waits until the app is idle: a fresh start seeds the demo data on its main thread for a minute or more after
     * it answers (on a slow machine, most of a core), which would otherwise be measured as load.
     */
    long awaitSettled(Duration atMost) throws IOException, InterruptedException {
        if (pid <= 0) return 0;
        long start = System.nanoTime();
        int quiet = 0;
        long before = cpuMillis();
        while (quiet < 2 && System.nanoTime() - start < atMost.toNanos()) {
            Thread.sleep(5000);
            long now = cpuMillis();
            quiet = now - before < 500 ? quiet + 1 : 0; // under a tenth of a core for 5 s, twice in a row
            before = now;
        }
        return (System.nanoTime() - start) / 1_000_000_000;
    }

    /** The whole machine's busy and total CPU time, in ticks (other helpers' builds share it). */
    static long[] machineCpu() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) total += Long.parseLong(f[i]);
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
    }

    /** Lines the app logged at ERROR level so far (exceptions a user may have met). */
    long errorLines() throws IOException {
        if (log == null || !Files.exists(log)) return -1;
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" ERROR ")).count();
        }
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
        }
    }

    static Duration duration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        if (t.endsWith("s")) return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        if (t.endsWith("m")) return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        return Duration.ofSeconds(Long.parseLong(t));
    }
}
