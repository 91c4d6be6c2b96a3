package org.aashray.reports.figures;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small placement history written straight into the tables, whose figures for September 2026 are
 * worked out by hand in {@link DistrictReportServiceTest}.
 *
 * Home A (transit, 10 beds): r1 20 Aug - 10 Sep restored to family; r2 from 5 Sep, expected end 15 Sep;
 * r3 12 Sep - 20 Sep absconded; r4 from 25 Sep, expected end 5 Oct.
 * Home B (long-term, 6 beds): r5 from 1 Jan 2026; r6 1 Sep - 30 Sep independent living.
 *
 * <p>Reintegration, relative to today (T), for the figures that stand "today": r2 has a pending verification due
 * T-5 (overdue: verification pending); r4 had a not-ready check at T-10, a ready one at T-2 and a pending verification
 * due T+5 (ready: the latest check wins, and the verification is not overdue); r5 had a ready check at T-30, a
 * not-ready one at T-5 and a verification done (in care). Follow-ups: r1 (home A) open due T-30 (missed), open
 * due T-3 (within the 7-day grace) and done due T-60; r6 (home B) open due T-8 (missed) and closed due T-10.
 *
 * <p>Training: a completed Tailoring batch in A: r1 and r2 completed at T-8 months, r3 not completed, r4 dropped
 * out; r1 placed in a job at the 3- and 6-month checks, r2 self-employed at the 6-month check. A completed Baking
 * batch in B: r5 completed at T-4 months (job at 3 months), r6 at T-1 month; an open batch in B with r5 enrolled.
 */
public final class KnownHistory {

    public final long homeA;
    public final long homeB;
    private final JdbcTemplate jdbc;
    private final long districtId;
    private static int runs;

    public KnownHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        runs++;
        this.districtId = jdbc.queryForObject("select id from districts where code = 'SUNDEMO'", Long.class);
        String suffix = String.valueOf((char) ('A' + runs));
        homeA = home("RPA" + suffix + "-T", "Report Transit Home " + suffix, "TRANSIT", 10);
        homeB = home("RPB" + suffix + "-L", "Report Long-term Home " + suffix, "LONG_TERM", 6);
        long r1 = resident(homeA, "r1"), r2 = resident(homeA, "r2"), r3 = resident(homeA, "r3"), r4 = resident(homeA, "r4");
        long r5 = resident(homeB, "r5"), r6 = resident(homeB, "r6");
        placement(r1, homeA, "TRANSIT", 1, "2026-08-20", "2026-09-10", "2026-08-30", "RESTORED_TO_FAMILY");
        placement(r2, homeA, "TRANSIT", 2, "2026-09-05", null, "2026-09-15", null);
        placement(r3, homeA, "TRANSIT", 3, "2026-09-12", "2026-09-20", "2026-09-22", "ABSCONDED");
        placement(r4, homeA, "TRANSIT", 1, "2026-09-25", null, "2026-10-05", null);
        placement(r5, homeB, "LONG_TERM", 1, "2026-01-01", null, "2029-01-01", null);
        placement(r6, homeB, "LONG_TERM", 2, "2026-09-01", "2026-09-30", "2029-09-01", "INDEPENDENT_LIVING");

        LocalDate t = LocalDate.now();
        verification(r2, homeA, t.minusDays(20), t.minusDays(5), "PENDING");
        verification(r4, homeA, t.minusDays(10), t.plusDays(5), "PENDING");
        verification(r5, homeB, t.minusDays(40), t.minusDays(25), "DONE");
        check(r4, homeA, t.minusDays(10), false);
        check(r4, homeA, t.minusDays(2), true);
        check(r5, homeB, t.minusDays(30), true);
        check(r5, homeB, t.minusDays(5), false);
        long exit1 = exit(r1, homeA, "2026-09-10", "RESTORED_TO_FAMILY");
        followUp(exit1, r1, homeA, t.minusDays(30), "OPEN");
        followUp(exit1, r1, homeA, t.minusDays(3), "OPEN");
        followUp(exit1, r1, homeA, t.minusDays(60), "DONE");
        long exit6 = exit(r6, homeB, "2026-09-30", "INDEPENDENT_LIVING");
        followUp(exit6, r6, homeB, t.minusDays(8), "OPEN");
        followUp(exit6, r6, homeB, t.minusDays(10), "CLOSED");

        long tailoring = batch(homeA, "Tailoring", "COMPLETED", t.minusMonths(11), t.minusMonths(8));
        long e1 = enrolment(tailoring, r1, homeA, "COMPLETED", t.minusMonths(8), null);
        long e2 = enrolment(tailoring, r2, homeA, "COMPLETED", t.minusMonths(8), null);
        enrolment(tailoring, r3, homeA, "NOT_COMPLETED", null, null);
        enrolment(tailoring, r4, homeA, "DROPPED", null, "Moved to another home");
        outcome(e1, r1, homeA, 3, "JOB");
        outcome(e1, r1, homeA, 6, "JOB");
        outcome(e2, r2, homeA, 6, "SELF_EMPLOYMENT");
        long baking = batch(homeB, "Baking", "COMPLETED", t.minusMonths(6), t.minusMonths(4));
        long e5 = enrolment(baking, r5, homeB, "COMPLETED", t.minusMonths(4), null);
        enrolment(baking, r6, homeB, "COMPLETED", t.minusMonths(1), null);
        outcome(e5, r5, homeB, 3, "JOB");
        long running = batch(homeB, "Computer basics", "OPEN", t.minusDays(7), t.plusMonths(2));
        enrolment(running, r5, homeB, "ENROLLED", null, null);
    }

    private void verification(long resident, long home, LocalDate requested, LocalDate due, String status) {
        jdbc.update("""
                insert into reint_verifications (resident_id, home_id, destination_kind, destination, requested_on, requested_by,
                                                 due_on, status, visit_date)
                values (?, ?, 'FAMILY', 'Family home', ?, 'test', ?, ?, ?)""", resident, home, Date.valueOf(requested),
                Date.valueOf(due), status, "DONE".equals(status) ? Date.valueOf(due) : null);
    }

    private void check(long resident, long home, LocalDate on, boolean ready) {
        jdbc.update("""
                insert into reint_readiness_checks (resident_id, home_id, checked_on, checked_by, ready, created_at)
                values (?, ?, ?, 'test', ?, ?)""", resident, home, Date.valueOf(on), ready, Timestamp.from(Instant.now()));
    }

    private long exit(long resident, long home, String on, String reason) {
        jdbc.update("insert into reint_exits (resident_id, home_id, exit_reason, exit_date) values (?, ?, ?, ?)",
                resident, home, reason, Date.valueOf(on));
        return jdbc.queryForObject("select max(id) from reint_exits where resident_id = ?", Long.class, resident);
    }

    private void followUp(long exit, long resident, long home, LocalDate due, String status) {
        jdbc.update("""
                insert into reint_followups (exit_id, resident_id, home_id, months_after, due_on, status, done_on, close_reason)
                values (?, ?, ?, 1, ?, ?, ?, ?)""", exit, resident, home, Date.valueOf(due), status,
                "DONE".equals(status) ? Date.valueOf(due) : null, "CLOSED".equals(status) ? "NOT_REACHABLE" : null);
    }

    private long batch(long home, String course, String status, LocalDate start, LocalDate end) {
        long courseId = jdbc.queryForObject("select id from training_courses where name = ?", Long.class, course);
        jdbc.update("""
                insert into training_batches (home_id, course_id, provider, venue, start_date, end_date, days_of_week, start_time,
                                              end_time, capacity, fee_payer, status, completed_on)
                values (?, ?, 'Test trainer', 'Hall', ?, ?, 'MONDAY', '10:00', '12:00', 10, 'HOME', ?, ?)""",
                home, courseId, Date.valueOf(start), Date.valueOf(end), status,
                "COMPLETED".equals(status) ? Date.valueOf(end) : null);
        return jdbc.queryForObject("select max(id) from training_batches where home_id = ?", Long.class, home);
    }

    private long enrolment(long batch, long resident, long home, String status, LocalDate completedOn, String dropoutReason) {
        jdbc.update("""
                insert into training_enrolments (batch_id, resident_id, home_id, status, literacy, enrolled_on, dropout_reason,
                                                 completed_on)
                values (?, ?, ?, ?, 'NONE', '2025-01-01', ?, ?)""", batch, resident, home, status, dropoutReason,
                completedOn == null ? null : Date.valueOf(completedOn));
        return jdbc.queryForObject("select id from training_enrolments where batch_id = ? and resident_id = ?", Long.class,
                batch, resident);
    }

    private void outcome(long enrolment, long resident, long home, int checkMonth, String kind) {
        jdbc.update("""
                insert into training_outcomes (enrolment_id, resident_id, home_id, check_month, recorded_on, kind, recorded_by)
                values (?, ?, ?, ?, ?, ?, 'test')""", enrolment, resident, home, checkMonth, Date.valueOf(LocalDate.now()), kind);
    }

    private long home(String code, String name, String type, int beds) {
        jdbc.update("insert into homes (district_id, code, name, home_type, serves, address) values (?, ?, ?, ?, 'WOMEN', 'Test')",
                districtId, code, name, type);
        long id = jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
        jdbc.update("insert into rooms (home_id, name) values (?, 'R')", id);
        long room = jdbc.queryForObject("select id from rooms where home_id = ?", Long.class, id);
        for (int b = 1; b <= beds; b++) {
            jdbc.update("insert into beds (room_id, label, status) values (?, ?, 'AVAILABLE')", room, "B" + b);
        }
        return id;
    }

    long bed(long homeId, int n) {
        return jdbc.queryForObject("select b.id from beds b join rooms r on r.id = b.room_id where r.home_id = ? and b.label = ?",
                Long.class, homeId, "B" + n);
    }

    private long resident(long homeId, String name) {
        String caseNumber = "RPT-" + homeId + "-" + name;
        jdbc.update("""
                insert into residents (home_id, case_number, name, gender, birth_date, referred_by, trafficking_form, origin,
                                       status, admitted_on, created_at)
                values (?, ?, ?, 'FEMALE', '1998-01-01', 'POLICE_AHTU', 'SEXUAL_EXPLOITATION', 'West Bengal', 'IN_RESIDENCE', '2026-01-01', ?)""",
                homeId, caseNumber, "Report resident " + name, Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from residents where case_number = ?", Long.class, caseNumber);
    }

    private void placement(long resident, long home, String type, int bed, String start, String end, String expectedEnd,
                           String exitReason) {
        jdbc.update("""
                insert into placements (resident_id, home_id, home_type, bed_id, start_date, end_date, home_since, admitted_on,
                                        expected_end, entry_kind, end_kind, exit_reason, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ADMISSION', ?, ?, ?, 'test')""",
                resident, home, type, bed(home, bed), Date.valueOf(start), end == null ? null : Date.valueOf(end),
                Date.valueOf(start), Date.valueOf(start), Date.valueOf(expectedEnd), end == null ? null : "EXIT", exitReason,
                Timestamp.from(Instant.now()));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
