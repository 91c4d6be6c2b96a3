package org.aashray.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.aashray.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent user sessions against the running app over loopback, at several levels, each virtual user with
 * its own cookies and UI, speaking Vaadin's wire protocol ({@link VaadinClient}) through the journeys of
 * {@link Journeys} with think times. Prints per action count, errors and p50/p95/p99 of the client-measured
 * round trip, and per level the app's heap per session (after a full GC, minus the level's baseline) and CPU.
 *
 * <pre>mvn -Pbench verify -Dtest=LoadHarness -Dload.sessions=50,200,500 -Dload.duration=90s</pre>
 * Options: {@code load.ramp} (30s), {@code load.think} (1s-3s), {@code load.mix} (reception:counsellor:official,
 * 2:2:1), {@code load.residents} (extra residents, 6000), {@code load.port} (18100), {@code load.heap} (1536m),
 * {@code load.url} + {@code load.pid} (attach to a running app instead; {@code load.jdbc} seeds its database,
 * {@code load.log} is its log file), {@code load.profile=true} (one user per journey with SQL logging: statements
 * per action). The app it starts runs from target/classes: do not compile while a run is going.
 */
@Tag("bench")
class LoadHarness {

    private static final String[] ROLES = {"reception", "counsellor", "official"};

    @Test
    void drives_concurrent_sessions_through_the_journeys_and_reports_round_trips_heap_and_cpu() throws Exception {
        List<Integer> levels = Arrays.stream(System.getProperty("load.sessions", "50,200,500").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        Duration steady = AppUnderLoad.duration(System.getProperty("load.duration", "90s"));
        Duration ramp = AppUnderLoad.duration(System.getProperty("load.ramp", "30s"));
        String[] think = System.getProperty("load.think", "1s-3s").split("-");
        long thinkMin = AppUnderLoad.duration(think[0]).toMillis();
        long thinkMax = AppUnderLoad.duration(think[think.length - 1]).toMillis();
        int[] mix = Arrays.stream(System.getProperty("load.mix", "2:2:1").split(":")).mapToInt(Integer::parseInt).toArray();
        boolean profile = Boolean.getBoolean("load.profile");
        int port = Integer.getInteger("load.port", 18100);
        assertThat(port).as("this harness's ports").isBetween(18100, 18199);

        String database = null;
        AppUnderLoad app;
        String attachUrl = System.getProperty("load.url");
        if (attachUrl != null) {
            assertThat(attachUrl).as("load goes to loopback only").matches("http://(127\\.0\\.0\\.1|localhost):\\d+/?.*");
            app = AppUnderLoad.attach(attachUrl, Long.getLong("load.pid", -1),
                    System.getProperty("load.log") == null ? null : Path.of(System.getProperty("load.log")));
            if (System.getProperty("load.jdbc") != null) {
                seed(System.getProperty("load.jdbc"), levels.stream().mapToInt(Integer::intValue).max().orElse(50), mix,
                        Integer.getInteger("load.residents", 6000));
            }
        } else {
            database = TestDatabase.newDatabase(TestDatabase.serverUrl(), "aashray_load");
            String jdbc = TestDatabase.serverUrl() + database;
            List<String> extra = profile ? List.of("--logging.level.org.hibernate.SQL=debug") : List.of();
            long started = System.nanoTime();
            assertThat(AppUnderLoad.answers("http://127.0.0.1:" + port + "/login")).as("port " + port + " is already taken").isFalse();
            app = AppUnderLoad.start(jdbc, port, System.getProperty("load.heap", "1536m"), extra);
            System.out.printf("[load] app pid %d on %s started in %d s (database %s)%n", app.pid, app.url,
                    (System.nanoTime() - started) / 1_000_000_000, database);
            try {
                int accounts = profile ? Arrays.stream(mix).sum() : levels.stream().mapToInt(Integer::intValue).max().orElse(50);
                seed(jdbc, accounts, mix, Integer.getInteger("load.residents", 6000));
                System.out.printf("[load] app idle after another %d s (its demo data is seeded after it answers)%n",
                        app.awaitSettled(Duration.ofMinutes(10)));
            } catch (Exception e) {
                app.close();
                TestDatabase.drop(TestDatabase.serverUrl(), database);
                throw e;
            }
        }
        StringBuilder report = new StringBuilder();
        report.append("# Load run ").append(Instant.now()).append("\n\n")
                .append("App: ").append(app.url).append(" (pid ").append(app.pid).append("), think ").append(thinkMin).append('-')
                .append(thinkMax).append(" ms, ramp ").append(ramp.toSeconds()).append(" s, steady ").append(steady.toSeconds())
                .append(" s, mix reception:counsellor:official ").append(String.join(":", Arrays.stream(mix).mapToObj(String::valueOf).toList()))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores shared with other builds.\n\n");
        try {
            if (profile) {
                profileJourneys(app, report);
            } else {
                for (int sessions : levels) {
                    runLevel(app, sessions, ramp, steady, thinkMin, thinkMax, mix, report);
                }
            }
        } finally {
            Path out = Path.of("target", "load", "load-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .format(java.time.LocalDateTime.now()) + (profile ? "-profile" : "") + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
            System.out.println("[load] written " + out.toAbsolutePath());
            app.close();
            if (database != null) TestDatabase.drop(TestDatabase.serverUrl(), database);
        }
    }

    private void runLevel(AppUnderLoad app, int sessions, Duration ramp, Duration steady, long thinkMin, long thinkMax,
                          int[] mix, StringBuilder report) throws Exception {
        System.out.printf("[load] level %d sessions: ramp %d s, steady %d s%n", sessions, ramp.toSeconds(), steady.toSeconds());
        long heapBefore = app.heapAfterGcKb();
        long errorsBefore = app.errorLines();
        Timer rampTimer = new Timer();
        Timer timer = new Timer();
        timer.stop();
        HttpClient http = VaadinClient.newHttpClient();
        AtomicInteger loggedIn = new AtomicInteger();
        AtomicInteger crashed = new AtomicInteger();
        Map<String, AtomicLong> crashes = new ConcurrentHashMap<>();
        long rampEnd = System.nanoTime() + ramp.toNanos();
        long end = rampEnd + steady.toNanos();
        Journeys.BOOKED.set(0);
        Journeys.REFUSED.set(0);
        Journeys.ADMITTED.set(0);
        Journeys.REPORTS.set(0);
        Journeys.NO_MATCH.set(0);
        Journeys.REASONS.clear();
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            String role = roleOf(i, mix);
            String username = role + "-load-" + (i + 1);
            long startAt = System.nanoTime() + ramp.toNanos() * i / sessions;
            Random random = new Random(i * 31L + sessions);
            users.add(Thread.ofVirtual().name("vu-" + username).start(() -> {
                try {
                    sleepUntil(startAt);
                    VaadinClient client = new VaadinClient(http, app.url);
                    if (!client.login(username, "aashray-demo", rampTimer)) {
                        rampTimer.fail("login: submit", username + " refused");
                        return;
                    }
                    loggedIn.incrementAndGet();
                    Journeys.Think pause = () -> Thread.sleep(Math.min(thinkMax, thinkMin + random.nextLong(thinkMax - thinkMin + 1)));
                    Journeys journeys = new Journeys(client, rampTimer, pause, random);
                    journeys.landOn("");
                    journeys = new Journeys(client, timer, pause, random);
                    for (int round = 0; System.nanoTime() < end; round++) {
                        switch (role) {
                            case "reception" -> journeys.reception(round);
                            case "counsellor" -> journeys.counsellor(round);
                            default -> journeys.official(round);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    crashed.incrementAndGet();
                    String key = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                    crashes.computeIfAbsent(key.length() > 160 ? key.substring(0, 160) : key, k -> new AtomicLong()).incrementAndGet();
                    timer.fail("journey aborted", key);
                }
            }));
        }
        sleepUntil(rampEnd);
        Path access = app.accessLog();
        long accessFrom = access == null ? 0 : Files.size(access);
        timer.start();
        long cpuStart = app.cpuMillis();
        long[] machineStart = AppUnderLoad.machineCpu();
        long wallStart = System.nanoTime();
        sleepUntil(end - Math.min(steady.toNanos() / 4, 15_000_000_000L));
        long heapAt = app.heapAfterGcKb();
        sleepUntil(end);
        long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
        long cpuMs = app.cpuMillis() - cpuStart;
        long[] machineEnd = AppUnderLoad.machineCpu();
        timer.stop();
        String serverSide = serverSide(access, accessFrom);
        for (Thread t : users) t.join(Duration.ofSeconds(120));
        for (Thread t : users) if (t.isAlive()) t.interrupt();
        long appErrors = app.errorLines() - errorsBefore;

        double cores = cpuMs / (double) wallMs;
        double machineBusy = 100.0 * (machineEnd[0] - machineStart[0]) / Math.max(1, machineEnd[1] - machineStart[1]);
        double heapPerSessionKb = heapBefore < 0 ? -1 : (heapAt - heapBefore) / (double) sessions;
        Timer.Row total = timer.total();
        String head = String.format(Locale.ROOT, "%d sessions (%d logged in): %d exchanges in %d s (%.1f/s), errors %d, "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; heap after GC %d MB -> %d MB = %.0f KB per session; "
                        + "app CPU %.2f cores (%.0f %% of the machine); machine busy %.0f %% (all processes); app ERROR log lines %d;"
                        + " journeys aborted %d; booked %d, refused clashes %d, admitted %d, PDFs %d, name searches with no match %d",
                sessions, loggedIn.get(), total.count(), wallMs / 1000, total.count() * 1000.0 / wallMs, total.errors(),
                total.p50(), total.p95(), total.p99(), heapBefore / 1024, heapAt / 1024, heapPerSessionKb, cores,
                100 * cores / Runtime.getRuntime().availableProcessors(), machineBusy, appErrors, crashed.get(),
                Journeys.BOOKED.get(), Journeys.REFUSED.get(), Journeys.ADMITTED.get(), Journeys.REPORTS.get(),
                Journeys.NO_MATCH.get());
        System.out.println("[load] " + head);
        System.out.println("[load] " + serverSide);
        report.append("## ").append(sessions).append(" sessions\n\n").append(head).append("\n\n").append(serverSide).append("\n\n");
        table(report, "Steady state (" + steady.toSeconds() + " s)", timer);
        table(report, "Ramp-up: logins and first page", rampTimer);
        if (!Journeys.REASONS.isEmpty()) {
            report.append("Bookings refused, by message:\n\n");
            Journeys.REASONS.forEach((k, v) -> report.append("- ").append(v).append(" × ").append(k).append('\n'));
            report.append('\n');
        }
        if (!crashes.isEmpty() || !timer.failures().isEmpty() || !rampTimer.failures().isEmpty()) {
            report.append("Failures (first 20 of each kind):\n\n");
            crashes.forEach((k, v) -> report.append("- ").append(v.get()).append(" × ").append(k).append('\n'));
            timer.failures().forEach(f -> report.append("- ").append(f).append('\n'));
            rampTimer.failures().forEach(f -> report.append("- ").append(f).append('\n'));
            report.append('\n');
        }
        System.out.print(report.substring(report.lastIndexOf("## " + sessions + " sessions")));
    }

    /**
     * The same steady state as Tomcat saw it: time from reading each request to writing its response (%D, in
     * microseconds), for the UI's round trips (POST ?v-r=uidl) and for all requests. The client's figures add the
     * harness's own delays on a machine it shares with the app.
     */
    private static String serverSide(Path access, long from) throws java.io.IOException {
        if (access == null) return "server side: no access log (attached app)";
        List<Long> uidl = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        try (var in = Files.newInputStream(access)) {
            in.skipNBytes(from);
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split(" ");
                if (f.length < 3 || !f[0].matches("\\d+")) continue; // %D %s %r: micros, status, "POST /?v-r=uidl… HTTP/1.1"
                long micros = Long.parseLong(f[0]);
                all.add(micros);
                if ("POST".equals(f[2]) && line.contains("v-r=uidl")) uidl.add(micros);
            }
        }
        return String.format(Locale.ROOT, "server side (Tomcat access log, steady state): UI round trips %s; all requests %s",
                percentiles(uidl), percentiles(all));
    }

    private static String percentiles(List<Long> micros) {
        if (micros.isEmpty()) return "none";
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        java.util.function.IntFunction<Double> p = q -> sorted[Math.max(0, (int) Math.ceil(q / 100.0 * sorted.length) - 1)] / 1000.0;
        return String.format(Locale.ROOT, "%d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", sorted.length, p.apply(50), p.apply(95), p.apply(99));
    }

    /** One virtual user per journey, one after another, with the app logging its SQL: statements per action. */
    private void profileJourneys(AppUnderLoad app, StringBuilder report) throws Exception {
        Map<String, long[]> statements = new LinkedHashMap<>();
        long[] offset = {Files.size(app.log)};
        Timer timer = new Timer();
        timer.onRecord(action -> {
            try {
                long size = Files.size(app.log);
                long count = 0;
                if (size > offset[0]) {
                    try (var in = Files.newInputStream(app.log)) {
                        in.skipNBytes(offset[0]);
                        String added = new String(in.readNBytes((int) (size - offset[0])));
                        count = added.lines().filter(l -> l.contains("org.hibernate.SQL")).count();
                    }
                    offset[0] = size;
                }
                long[] s = statements.computeIfAbsent(action, a -> new long[3]);
                s[0]++;
                s[1] += count;
                s[2] = Math.max(s[2], count);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpClient http = VaadinClient.newHttpClient();
        int[] mix = Arrays.stream(System.getProperty("load.mix", "2:2:1").split(":")).mapToInt(Integer::parseInt).toArray();
        for (String role : ROLES) {
            VaadinClient client = new VaadinClient(http, app.url);
            int first = 0;
            while (!roleOf(first, mix).equals(role)) first++; // accounts are named by their place in the mix
            assertThat(client.login(role + "-load-" + (first + 1), "aashray-demo", timer)).isTrue();
            Journeys journeys = new Journeys(client, timer, () -> Thread.sleep(600), new Random(7));
            journeys.landOn("");
            for (int round = 0; round < Integer.getInteger("load.rounds", 4); round++) {
                switch (role) {
                    case "reception" -> journeys.reception(round);
                    case "counsellor" -> journeys.counsellor(round);
                    default -> journeys.official(round);
                }
            }
        }
        report.append("## SQL statements per action (one user, sequential)\n\n| action | exchanges | statements (avg) | max |\n|---|---:|---:|---:|\n");
        statements.forEach((action, s) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d |%n", action, s[0],
                s[1] / (double) s[0], s[2])));
        table(report, "Round trips (one user)", timer);
        Journeys.REASONS.forEach((k, v) -> report.append("- booking refused ").append(v).append(" × ").append(k).append('\n'));
        timer.failures().forEach(f -> report.append("- ").append(f).append('\n'));
        System.out.print(report);
    }

    private static void table(StringBuilder report, String title, Timer timer) {
        report.append("### ").append(title).append("\n\n| action | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<Timer.Row> rows = new ArrayList<>(timer.rows());
        rows.add(timer.total());
        for (Timer.Row r : rows) {
            report.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", r.action(), r.count(),
                    r.errors(), r.p50(), r.p95(), r.p99(), r.max()));
        }
        report.append('\n');
    }

    /**
     * Homes for the district up to {@code total} (one per ten sessions: 200 sessions are a district of 20 homes,
     * each with a few counsellors and reception staff, not 80 counsellors booking one home's rooms), copied from
     * the demo transit home with its rooms and beds. Returns the district's homes that have rooms.
     */
    private static List<Long> addHomes(Connection c, int total) throws java.sql.SQLException {
        List<Long> homes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select h.id from homes h where h.district_id = "
                + "(select district_id from homes where code = 'SUN-T') and exists (select 1 from rooms r where r.home_id = h.id) order by h.id")) {
            while (rs.next()) homes.add(rs.getLong(1));
        }
        try (PreparedStatement home = c.prepareStatement("insert into homes (district_id, code, name, home_type, serves, address, "
                     + "licence_number, licence_expiry, contact_person, contact_phone, active) select district_id, ?, ?, home_type, serves, "
                     + "address, licence_number, licence_expiry, contact_person, contact_phone, active from homes where code = 'SUN-T'",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement rooms = c.prepareStatement("insert into rooms (home_id, name) select ?, name from rooms "
                     + "where home_id = (select id from homes where code = 'SUN-T')");
             PreparedStatement beds = c.prepareStatement("insert into beds (room_id, label, status) select r2.id, b.label, 'AVAILABLE' "
                     + "from beds b join rooms r on r.id = b.room_id join rooms r2 on r2.name = r.name and r2.home_id = ? "
                     + "where r.home_id = (select id from homes where code = 'SUN-T')")) {
            for (int n = homes.size() + 1; n <= total; n++) {
                home.setString(1, "LD-%03d".formatted(n));
                home.setString(2, "Load Home %d".formatted(n));
                home.executeUpdate();
                long id;
                try (ResultSet keys = home.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                rooms.setLong(1, id);
                rooms.executeUpdate();
                beds.setLong(1, id);
                beds.executeUpdate();
                homes.add(id);
            }
        }
        return homes;
    }

    private static String roleOf(int i, int[] mix) {
        int sum = Arrays.stream(mix).sum();
        int slot = i % sum;
        for (int r = 0; r < mix.length; r++) {
            if (slot < mix[r]) return ROLES[r];
            slot -= mix[r];
        }
        return ROLES[0];
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) Thread.sleep(Duration.ofNanos(wait));
    }

    // ---- data for the run's own database ---------------------------------------------------------------------

    private static boolean demoSeeded(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from user_accounts where username in ('reception', 'counsellor', 'official')")) {
            rs.next();
            return rs.getInt(1) == 3;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /**
     * Accounts for every virtual user (copies of the demo account of the role: same password, roles, homes and
     * districts) and more residents in the demo homes, so searches hit realistic volumes.
     */
    private static void seed(String jdbcUrl, int sessions, int[] mix, int residents) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            // the demo shelter is seeded once the app is ready, which may be just after it first answers
            long deadline = System.nanoTime() + 180_000_000_000L;
            while (!demoSeeded(c)) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("the demo accounts never appeared");
                Thread.sleep(1000);
            }
            c.setAutoCommit(false);
            List<Long> staffHomes = addHomes(c, Math.max(4, (sessions + 9) / 10));
            List<String> columns = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select column_name from information_schema.columns"
                    + " where table_schema = database() and table_name = 'user_accounts' order by ordinal_position")) {
                while (rs.next()) columns.add(rs.getString(1));
            }
            columns.removeAll(List.of("id", "username", "display_name"));
            String copy = "insert into user_accounts (username, display_name, " + String.join(", ", columns) + ") select ?, ?, "
                    + String.join(", ", columns) + " from user_accounts where username = ?";
            try (PreparedStatement account = c.prepareStatement(copy);
                 PreparedStatement roles = c.prepareStatement("insert into user_roles (user_id, role) select "
                         + "(select id from user_accounts where username = ?), role from user_roles where user_id = "
                         + "(select id from user_accounts where username = ?)");
                 PreparedStatement homes = c.prepareStatement("insert into user_homes (user_id, home_id) select "
                         + "(select id from user_accounts where username = ?), home_id from user_homes where user_id = "
                         + "(select id from user_accounts where username = ?)");
                 PreparedStatement districts = c.prepareStatement("insert into user_districts (user_id, district_id) select "
                         + "(select id from user_accounts where username = ?), district_id from user_districts where user_id = "
                         + "(select id from user_accounts where username = ?)")) {
                for (int i = 0; i < Math.max(sessions, 3); i++) {
                    String role = roleOf(i, mix);
                    String username = role + "-load-" + (i + 1);
                    account.setString(1, username);
                    account.setString(2, "Load " + role + " " + (i + 1));
                    account.setString(3, role);
                    if (account.executeUpdate() != 1) throw new IllegalStateException("no demo account " + role + " to copy");
                    for (PreparedStatement p : List.of(roles, districts)) {
                        p.setString(1, username);
                        p.setString(2, role);
                        p.executeUpdate();
                    }
                    if ("official".equals(role)) {
                        homes.setString(1, username);
                        homes.setString(2, role);
                        homes.executeUpdate();
                    } else {
                        // staff work in one home each, spread over the district's homes, as a district's staff are
                        try (PreparedStatement one = c.prepareStatement("insert into user_homes (user_id, home_id) "
                                + "select id, ? from user_accounts where username = ?")) {
                            one.setLong(1, staffHomes.get(i % staffHomes.size()));
                            one.setString(2, username);
                            one.executeUpdate();
                        }
                    }
                }
            }
            List<long[]> homeIds = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, code from homes order by id")) {
                while (rs.next()) {
                    homeIds.add(new long[] {rs.getLong(1)});
                    codes.add(rs.getString(2));
                }
            }
            String[] first = {"Asha", "Rina", "Mousumi", "Puja", "Salma", "Sunita", "Kajal", "Rupa", "Moni", "Jharna", "Lakshmi",
                    "Anjali", "Shabnam", "Priya", "Sita", "Gita", "Nasrin", "Tania", "Bina", "सीमा", "पूजा", "রুমা", "মিতালী"};
            String[] last = {"Das", "Khatun", "Mondal", "Tamang", "Biswas", "Oraon", "Sardar", "Bibi", "Rai", "Munda", "Sheikh",
                    "Ghosh", "कुमारी", "দাস"};
            String[] forms = {"SEXUAL_EXPLOITATION", "LABOUR", "SEXUAL_AND_LABOUR", "FORCED_MARRIAGE", "BEGGING"};
            String[] origins = {"IN-WB", "IN-JH", "IN-AS", "IN-BR", "NP", "BD"};
            Random random = new Random(11);
            LocalDate today = LocalDate.now();
            try (PreparedStatement p = c.prepareStatement("""
                    insert into residents (home_id, case_number, name, gender, birth_date, referred_by, rescue_date,
                        trafficking_form, origin, minor, pregnant, injured_or_ill, with_children, security_threat,
                        consent_recorded, possible_retrafficking, status, admitted_on, created_at)
                    values (?, ?, ?, 'FEMALE', ?, 'POLICE_AHTU', ?, ?, ?, false, false, false, false, false, true, false, ?, ?, now(6))""")) {
                for (int i = 0; i < residents; i++) {
                    int h = i % homeIds.size();
                    LocalDate admitted = today.minusDays(30 + random.nextInt(5 * 365));
                    p.setLong(1, homeIds.get(h)[0]);
                    p.setString(2, "%s-%d-L%05d".formatted(codes.get(h), admitted.getYear(), i));
                    p.setString(3, first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)]);
                    p.setDate(4, java.sql.Date.valueOf(admitted.minusYears(18 + random.nextInt(30))));
                    p.setDate(5, java.sql.Date.valueOf(admitted));
                    p.setString(6, forms[random.nextInt(forms.length)]);
                    p.setString(7, origins[random.nextInt(origins.length)]);
                    p.setString(8, random.nextInt(10) < 3 ? "IN_RESIDENCE" : "EXITED");
                    p.setDate(9, java.sql.Date.valueOf(admitted));
                    p.addBatch();
                    if (i % 1000 == 999) p.executeBatch();
                }
                p.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("analyze table residents");
            }
        }
        System.out.printf("[load] seeded %d accounts in %d homes and %d extra residents%n", Math.max(sessions, 3), Math.max(4, (sessions + 9) / 10), residents);
    }
}
