package org.aashray.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reintegration and training work for homes that already have placements ({@link PlacementGenerator}), written
 * with JDBC batches: for residents in care, home verifications (pending, some overdue, or done) and readiness
 * checks; for exits of the last two years, the follow-up schedule (past ones mostly done, some missed); per home,
 * eight training batches of twelve trainees with outcomes at 3 and 6 months.
 */
public class WorkGenerator {

    private static final int[] FOLLOW_UP_MONTHS = {1, 3, 6, 12, 18, 24};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(7);

    public WorkGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns {verifications, readiness checks, follow-ups, enrolments} written. */
    public int[] generate(List<Long> homeIds, LocalDate today) {
        String homes = homeIds.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> verifications = new ArrayList<>();
        List<Object[]> checks = new ArrayList<>();
        jdbc.query("select resident_id, home_id from placements where end_date is null and bed_id is not null and home_id in ("
                + homes + ")", rs -> {
            long resident = rs.getLong(1), home = rs.getLong(2);
            double r = random.nextDouble();
            if (r < 0.2) {
                LocalDate due = today.plusDays(random.nextInt(36) - 20);
                verifications.add(new Object[]{resident, home, Date.valueOf(due.minusDays(15)), Date.valueOf(due), "PENDING", null});
            } else if (r < 0.3) {
                LocalDate due = today.minusDays(random.nextInt(60));
                verifications.add(new Object[]{resident, home, Date.valueOf(due.minusDays(15)), Date.valueOf(due), "DONE",
                        Date.valueOf(due.minusDays(2))});
            }
            if (random.nextDouble() < 0.4) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    checks.add(new Object[]{resident, home, Date.valueOf(today.minusDays(10L * (n - i))),
                            i == n - 1 && random.nextBoolean(), now});
                }
            }
        });
        for (List<Object[]> chunk : Bench.chunks(verifications, 5000)) {
            jdbc.batchUpdate("insert into reint_verifications (resident_id, home_id, destination_kind, destination, requested_on,"
                    + " requested_by, due_on, status, visit_date) values (?, ?, 'FAMILY', 'Bench village', ?, 'bench', ?, ?, ?)", chunk);
        }
        for (List<Object[]> chunk : Bench.chunks(checks, 5000)) {
            jdbc.batchUpdate("insert into reint_readiness_checks (resident_id, home_id, checked_on, checked_by, ready, created_at)"
                    + " values (?, ?, ?, 'bench', ?, ?)", chunk);
        }

        List<Object[]> exits = new ArrayList<>();
        jdbc.query("select resident_id, home_id, exit_reason, end_date from placements where end_kind = 'EXIT'"
                + " and exit_reason not in ('ABSCONDED', 'DECEASED') and end_date >= ? and home_id in (" + homes + ")", rs -> {
            exits.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4)});
        }, Date.valueOf(today.minusYears(2)));
        for (List<Object[]> chunk : Bench.chunks(exits, 5000)) {
            jdbc.batchUpdate("insert into reint_exits (resident_id, home_id, exit_reason, exit_date) values (?, ?, ?, ?)", chunk);
        }
        List<Object[]> followUps = new ArrayList<>();
        jdbc.query("select id, resident_id, home_id, exit_date from reint_exits where home_id in (" + homes + ")", rs -> {
            LocalDate exit = rs.getDate(4).toLocalDate();
            for (int m : FOLLOW_UP_MONTHS) {
                LocalDate due = exit.plusMonths(m);
                double r = random.nextDouble();
                String status = due.isAfter(today) || r < 0.05 ? "OPEN" : r < 0.9 ? "DONE" : "CLOSED";
                followUps.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), m, Date.valueOf(due), status,
                        "DONE".equals(status) ? Date.valueOf(due) : null, "CLOSED".equals(status) ? "NOT_REACHABLE" : null});
            }
        });
        for (List<Object[]> chunk : Bench.chunks(followUps, 5000)) {
            jdbc.batchUpdate("insert into reint_followups (exit_id, resident_id, home_id, months_after, due_on, status, done_on,"
                    + " close_reason) values (?, ?, ?, ?, ?, ?, ?, ?)", chunk);
        }
        return new int[]{verifications.size(), checks.size(), followUps.size(), training(homeIds, homes, today)};
    }

    private int training(List<Long> homeIds, String homes, LocalDate today) {
        List<Long> courses = jdbc.queryForList("select id from training_courses order by id", Long.class);
        Map<Long, List<Long>> residentsOf = new HashMap<>();
        jdbc.query("select home_id, resident_id from placements where start_date >= ? and home_id in (" + homes + ")", rs -> {
            residentsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }, Date.valueOf(today.minusYears(2)));
        List<Object[]> batches = new ArrayList<>();
        for (long home : homeIds) {
            for (int b = 0; b < 8; b++) {
                boolean open = b >= 6;
                LocalDate start = open ? today.minusDays(20 * (b - 5)) : today.minusMonths(24 - 3L * b);
                LocalDate end = start.plusWeeks(12);
                batches.add(new Object[]{home, courses.get((b + (int) home) % courses.size()), Date.valueOf(start), Date.valueOf(end),
                        open ? "OPEN" : "COMPLETED", open ? null : Date.valueOf(end)});
            }
        }
        jdbc.batchUpdate("insert into training_batches (home_id, course_id, provider, venue, start_date, end_date, days_of_week,"
                + " start_time, end_time, capacity, fee_payer, status, completed_on) values (?, ?, 'Bench trainer', 'Hall', ?, ?,"
                + " 'MONDAY,WEDNESDAY', '10:00', '12:00', 12, 'HOME', ?, ?)", batches);
        List<Object[]> enrolments = new ArrayList<>();
        jdbc.query("select id, home_id, status, end_date from training_batches where home_id in (" + homes + ")", rs -> {
            List<Long> pool = residentsOf.getOrDefault(rs.getLong(2), List.of());
            boolean open = "OPEN".equals(rs.getString(3));
            LocalDate end = rs.getDate(4).toLocalDate();
            java.util.Set<Long> seated = new java.util.HashSet<>();
            for (int i = 0; i < 12 && seated.size() < pool.size(); i++) {
                long resident = pool.get(random.nextInt(pool.size()));
                if (!seated.add(resident)) continue;
                double r = random.nextDouble();
                String status = open ? "ENROLLED" : r < 0.7 ? "COMPLETED" : r < 0.85 ? "NOT_COMPLETED" : "DROPPED";
                enrolments.add(new Object[]{rs.getLong(1), resident, rs.getLong(2), status,
                        "DROPPED".equals(status) ? "Left the home" : null, "COMPLETED".equals(status) ? Date.valueOf(end) : null});
            }
        });
        for (List<Object[]> chunk : Bench.chunks(enrolments, 5000)) {
            jdbc.batchUpdate("insert into training_enrolments (batch_id, resident_id, home_id, status, literacy, enrolled_on,"
                    + " dropout_reason, completed_on) values (?, ?, ?, ?, 'NONE', '2024-01-01', ?, ?)", chunk);
        }
        List<Object[]> outcomes = new ArrayList<>();
        jdbc.query("select id, resident_id, home_id, completed_on from training_enrolments where status = 'COMPLETED'"
                + " and home_id in (" + homes + ")", rs -> {
            LocalDate completed = rs.getDate(4).toLocalDate();
            for (int m : new int[]{3, 6}) {
                if (!completed.plusMonths(m).isAfter(today) && random.nextDouble() < 0.8) {
                    outcomes.add(new Object[]{rs.getLong(1), rs.getLong(2), rs.getLong(3), m,
                            Date.valueOf(completed.plusMonths(m)), random.nextDouble() < 0.5 ? "JOB" : "FURTHER_STUDY"});
                }
            }
        });
        for (List<Object[]> chunk : Bench.chunks(outcomes, 5000)) {
            jdbc.batchUpdate("insert into training_outcomes (enrolment_id, resident_id, home_id, check_month, recorded_on, kind,"
                    + " recorded_by) values (?, ?, ?, ?, ?, ?, 'bench')", chunk);
        }
        return enrolments.size();
    }
}
