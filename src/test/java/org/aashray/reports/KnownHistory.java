package org.aashray.reports;

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
 */
final class KnownHistory {

    final long homeA;
    final long homeB;
    private final JdbcTemplate jdbc;
    private final long districtId;
    private static int runs;

    KnownHistory(JdbcTemplate jdbc) {
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
