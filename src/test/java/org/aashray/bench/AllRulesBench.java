package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.AlertRule;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.alerts.engine.EvaluationResult;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #9 over the real rules: every registered {@link AlertRule} bean run through the engine (as the Quartz
 * job does, under the system authentication) with 1 million real rows in {@code reint_followups} and
 * {@code reint_verifications} (half each, 1 % overdue, the rest done or due far ahead), on top of 20 homes with
 * placements, residents and exits from the bench generators. First run (raises about 10,000 alerts), then a
 * re-run (nothing new); then the same overdue count in a table ten times smaller, and twice the overdue count at
 * the same size, to show the run follows the overdue items, not the total.
 * Run with {@code mvn -o -Pbench test -Dtest=AllRulesBench} (-Dbench.ruleItems=1000000).
 */
@Tag("bench")
@AashrayIntegrationTest
class AllRulesBench {

    private static final String FOLLOW_UP = "reintegration.follow-up";
    private static final String VERIFICATION = "reintegration.verification-overdue";

    @Autowired AlertEngine engine;
    @Autowired AlertRuleRegistry rules;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    record Case(String name, int total, int overdue, long firstMs, long rerunMs, int raised, String rows) {
    }

    @Test
    void every_rule_over_a_million_follow_ups_and_verifications_follows_the_overdue_ones() {
        int total = Bench.intProperty("bench.ruleItems", 1_000_000);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Long> homeIds = new StructureGenerator(jdbc).generate(1, 20, 40);
        long ms = Bench.millisOf(() -> new PlacementGenerator(jdbc).generate(homeIds, 4000, 3, today));
        new WorkGenerator(jdbc).generate(homeIds, today);
        System.out.printf("[bench] rules: %d rule beans, 20 homes, placements/exits generated in %d ms; load %s%n",
                rules.all().size(), ms, loadavg());
        // Index tables over the residents in care and the exits the bench rows refer to.
        jdbc.execute("create table bench_care (n int primary key, resident_id bigint, home_id bigint)");
        jdbc.update("insert into bench_care select row_number() over (order by resident_id) - 1, resident_id, home_id"
                + " from placements where end_date is null and bed_id is not null");
        jdbc.execute("create table bench_exit (n int primary key, exit_id bigint, resident_id bigint, home_id bigint)");
        jdbc.update("insert into bench_exit select row_number() over (order by id) - 1, id, resident_id, home_id from reint_exits");
        int care = jdbc.queryForObject("select count(*) from bench_care", Integer.class);
        int exits = jdbc.queryForObject("select count(*) from bench_exit", Integer.class);
        System.out.printf("[bench] rules: rows refer to %d residents in care and %d exits%n", care, exits);
        assertThat(care).isPositive();
        assertThat(exits).isPositive();

        // Warm-up over the generators' own rows (a few hundred items), so the first case is not paying for a cold JVM.
        allRules("warm-up", clock.instant());
        jdbc.update("delete from alert_comments");
        jdbc.update("delete from alerts");

        List<Case> cases = new ArrayList<>();
        cases.add(run("1M, 1 % overdue", total, total / 100, care, exits, today, now));
        cases.add(run("100k, same overdue", total / 10, total / 100, care, exits, today, now));
        cases.add(run("1M, 2 % overdue", total, total / 50, care, exits, today, now));

        System.out.println("[bench] rules: case                 | items     | overdue | first run ms | re-run ms | raised | rows read (follow-up, verification)");
        for (Case c : cases) {
            System.out.printf("[bench] rules: %-20s | %9d | %7d | %12d | %9d | %6d | %s%n", c.name(), c.total(), c.overdue(),
                    c.firstMs(), c.rerunMs(), c.raised(), c.rows());
        }
        System.out.println("[bench] rules: load " + loadavg());
        assertThat(cases.getFirst().raised()).as("the first run raises an alert per overdue item")
                .isGreaterThanOrEqualTo(total / 100);
    }

    private Case run(String name, int total, int overdue, int care, int exits, LocalDate today, Instant now) {
        long fill = Bench.millisOf(() -> fill(total, overdue, care, exits, today));
        jdbc.update("delete from alert_comments");
        jdbc.update("delete from alerts");
        System.out.printf("[bench] rules: --- %s: %d follow-ups + verifications (%d overdue), generated in %d ms ---%n",
                name, total, overdue, fill);
        String rows = rowsRead(today);
        System.out.println("[bench] rules: " + name + ": rule queries read (follow-up, verification) " + rows + " rows");
        long[] first = allRules("first run", now);
        long[] rerun = allRules("re-run", now);
        assertThat(rerun[1]).as("a re-run raises nothing new").isZero();
        return new Case(name, total, overdue, first[0], rerun[0], (int) first[1], rows);
    }

    /** Every rule once; returns {total ms, raised}. */
    private long[] allRules(String label, Instant now) {
        long raised = 0;
        long started = System.nanoTime();
        for (AlertRule rule : rules.all()) {
            long t = System.nanoTime();
            EvaluationResult r = SystemAuthentication.call(() -> engine.evaluate(rule, now));
            System.out.printf("[bench] rules:   %-9s %-45s %7d ms  %s%n", label, rule.key(), (System.nanoTime() - t) / 1_000_000,
                    r.summary());
            raised += r.raised();
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[bench] rules: %s of all %d rules: %d ms (target under 5000 ms), %d raised%n", label,
                rules.all().size(), total, raised);
        return new long[]{total, raised};
    }

    /**
     * Replaces the follow-ups and verifications: half of {@code total} each, {@code overdue} of them overdue (half
     * each: open follow-ups 10 to 39 days past their date, pending verifications 1 to 30 days past); the rest done
     * in the past or due 60 to 400 days ahead (out of every rule's lead time).
     */
    private void fill(int total, int overdue, int care, int exits, LocalDate today) {
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (var s = c.createStatement()) {
                s.execute("set foreign_key_checks = 0");
                s.execute("truncate table reint_followups");
                s.execute("truncate table reint_verifications");
                s.execute("set foreign_key_checks = 1");
            }
            return null;
        });
        int half = total / 2;
        int every = Math.max(1, half / Math.max(1, overdue / 2));
        Date d = Date.valueOf(today);
        jdbc.update("""
                insert into reint_followups (exit_id, resident_id, home_id, months_after, due_on, status, done_on)
                select e.exit_id, e.resident_id, e.home_id, 1 + s.seq %% 24,
                       case when s.seq %% %1$d = 0 then date_sub(?, interval 10 + s.seq %% 30 day)
                            when s.seq %% 2 = 0 then date_sub(?, interval 1 + s.seq %% 700 day)
                            else date_add(?, interval 60 + s.seq %% 340 day) end,
                       case when s.seq %% %1$d = 0 then 'OPEN' when s.seq %% 2 = 0 then 'DONE' else 'OPEN' end,
                       case when s.seq %% %1$d <> 0 and s.seq %% 2 = 0 then date_sub(?, interval 1 + s.seq %% 700 day) end
                from seq_1_to_%2$d s join bench_exit e on e.n = s.seq %% %3$d""".formatted(every, half, exits), d, d, d, d);
        jdbc.update("""
                insert into reint_verifications (resident_id, home_id, destination_kind, destination, requested_on,
                    requested_by, due_on, status, visit_date)
                select b.resident_id, b.home_id, 'FAMILY', 'Bench village', date_sub(?, interval 30 day), 'bench',
                       case when s.seq %% %1$d = 0 then date_sub(?, interval 1 + s.seq %% 30 day)
                            when s.seq %% 2 = 0 then date_sub(?, interval 1 + s.seq %% 700 day)
                            else date_add(?, interval 60 + s.seq %% 340 day) end,
                       case when s.seq %% %1$d = 0 then 'PENDING' when s.seq %% 2 = 0 then 'DONE' else 'PENDING' end,
                       case when s.seq %% %1$d <> 0 and s.seq %% 2 = 0 then date_sub(?, interval 1 + s.seq %% 700 day) end
                from seq_1_to_%2$d s join bench_care b on b.n = s.seq %% %3$d""".formatted(every, half, care), d, d, d, d, d);
        jdbc.execute("analyze table reint_followups");
        jdbc.execute("analyze table reint_verifications");
    }

    /** Rows the two rules' queries read, from the server's own count (as the repositories query them). */
    private String rowsRead(LocalDate today) {
        int grace = jdbc.queryForObject("select coalesce(max(followup_grace_days), 7) from reint_settings", Integer.class);
        // FollowUpRule: horizon today + 14 (lead), open follow-ups due before horizon - grace + 1.
        String fu = rRows("analyze format=json select * from reint_followups where status = 'OPEN' and due_on < ? order by due_on, id",
                Date.valueOf(today.plusDays(14 - grace + 1)));
        // VerificationOverdueRule: horizon today + 3 (lead), pending verifications due before horizon + 1.
        String v = rRows("analyze format=json select * from reint_verifications where status = 'PENDING' and due_on < ? order by due_on, id",
                Date.valueOf(today.plusDays(4)));
        return fu + ", " + v;
    }

    private String rRows(String sql, Date param) {
        String plan = jdbc.queryForList(sql, String.class, param).getFirst();
        Matcher m = Pattern.compile("\"r_rows\":\\s*([0-9.]+)").matcher(plan);
        return m.find() ? m.group(1) : "?";
    }

    private static String loadavg() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
