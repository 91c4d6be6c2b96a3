package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.counselling.CalendarScope;
import org.aashray.counselling.CounsellingService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The shared conflict check and a counsellor's week with many counsellors and sessions:
 * {@code mvn -o -B -Pbench test -Dtest=CounsellingBench -Dbench.counsellors=500 -Dbench.sessions=2000000
 * -Dbench.maxGenerateSeconds=180}. Sessions are generated with multi-row INSERTs (one resident each, one hour,
 * weekdays 09:00-17:00 from 2027 on); generation stops at the time limit and the count reached is printed.
 */
@Tag("bench")
@AashrayIntegrationTest
class CounsellingBench {

    private static final long SESSION_BASE = 50_000_000L;
    private static final long COUNSELLOR_BASE = 9_000_000L;
    private static final long RESIDENT_BASE = 7_000_000L;
    private static final long ROOM_BASE = 8_000_000L;
    private static final int RESIDENTS = 50_000;
    private static final int ROOMS = 400;
    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4); // a Monday
    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired JdbcTemplate jdbc;
    @Autowired ConflictChecker conflicts;
    @Autowired CounsellingService counselling;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    /** The n-th slot of a counsellor: 8 one-hour slots per weekday. */
    static LocalDateTime slot(int n) {
        int day = n / 8;
        LocalDate date = FIRST_DAY.plusWeeks(day / 5).plusDays(day % 5);
        return date.atTime(9 + n % 8, 0);
    }

    @Test
    void conflict_check_and_week_view_with_many_counsellors_and_sessions() {
        int counsellors = Bench.intProperty("bench.counsellors", 500);
        int target = Bench.intProperty("bench.sessions", 2_000_000);
        int maxSeconds = Bench.intProperty("bench.maxGenerateSeconds", 180);
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        int perCounsellor = target / counsellors;

        long started = System.currentTimeMillis();
        long generated = 0;
        int chunk = 2000;
        outer:
        for (int n = 0; n < perCounsellor; n += 4) { // slot-major, so a time cut leaves every counsellor with a full history so far
            StringBuilder sessions = new StringBuilder("insert into counselling_sessions (id, home_id, counsellor_id, counsellor_name,"
                    + " kind, mode, room_id, room_name, starts_at, ends_at, attendance) values ");
            StringBuilder people = new StringBuilder("insert into counselling_participants (session_id, resident_id, resident_name,"
                    + " starts_at, ends_at) values ");
            int rows = 0;
            for (int step = n; step < Math.min(n + 4, perCounsellor); step++) {
                LocalDateTime start = slot(step);
                String s = start.format(SQL);
                String e = start.plusHours(1).format(SQL);
                for (int c = 0; c < counsellors; c++) {
                    long id = SESSION_BASE + (long) step * counsellors + c;
                    if (rows > 0) { sessions.append(','); people.append(','); }
                    sessions.append('(').append(id).append(',').append(home).append(',').append(COUNSELLOR_BASE + c)
                            .append(",'Bench counsellor','INDIVIDUAL','IN_PERSON',").append(ROOM_BASE + (c % ROOMS))
                            .append(",'Bench room','").append(s).append("','").append(e).append("',")
                            .append(start.isBefore(LocalDateTime.of(2027, 6, 1, 0, 0)) ? "'ATTENDED'" : "null").append(')');
                    people.append('(').append(id).append(',').append(RESIDENT_BASE + (id * 7919) % RESIDENTS)
                            .append(",'Bench resident','").append(s).append("','").append(e).append("')");
                    rows++;
                }
            }
            jdbc.execute(sessions.toString());
            jdbc.execute(people.toString());
            generated += rows;
            if (System.currentTimeMillis() - started > maxSeconds * 1000L) break outer;
        }
        jdbc.execute("analyze table counselling_sessions, counselling_participants");
        long seconds = (System.currentTimeMillis() - started) / 1000;
        System.out.printf("[bench] generated %,d counselling sessions (%,d participants) for %d counsellors in %d s (target %,d)%n",
                generated, generated, counsellors, seconds, target);
        int slotsPerCounsellor = (int) (generated / counsellors);
        LocalDateTime lastSlot = slot(Math.max(0, slotsPerCounsellor - 1));

        for (String plan : jdbc.query("explain select s.id, s.counsellor_id, s.starts_at, s.ends_at from counselling_sessions s"
                + " where s.counsellor_id in (" + (COUNSELLOR_BASE + 7) + ") and s.starts_at < ? and s.starts_at >= ? and s.ends_at > ?"
                + " and (s.attendance is null or s.attendance <> 'CANCELLED')",
                (rs, i) -> rs.getString("key") + " rows=" + rs.getString("rows"), lastSlot, lastSlot.minusDays(1), lastSlot)) {
            System.out.println("[bench] EXPLAIN counsellor busy time: key=" + plan);
            assertThat(plan).startsWith("ix_counselling_sessions_counsellor");
        }
        for (String plan : jdbc.query("explain select s.id from counselling_participants p join counselling_sessions s on s.id = p.session_id"
                + " where p.resident_id in (" + (RESIDENT_BASE + 11) + ") and p.starts_at < ? and p.starts_at >= ? and p.ends_at > ?",
                (rs, i) -> rs.getString("table") + ":" + rs.getString("key"), lastSlot, lastSlot.minusDays(1), lastSlot)) {
            System.out.println("[bench] EXPLAIN resident busy time: " + plan);
        }

        Random random = new Random(42);
        List<Bench.Timing> timings = new ArrayList<>();
        // the checker always runs inside the booking transaction: time it the same way (one connection, one persistence context)
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.setReadOnly(true);
        SystemAuthentication.run(() -> {
            timings.add(Bench.time("conflict check (counsellor + resident + room), all providers", 20, 300, () -> tx.execute(status -> {
                int c = random.nextInt(counsellors);
                LocalDateTime at = slot(random.nextInt(Math.max(1, slotsPerCounsellor))).plusMinutes(30);
                Map<Party, String> parties = new LinkedHashMap<>();
                parties.put(Party.staff(COUNSELLOR_BASE + c), "C");
                parties.put(Party.resident(RESIDENT_BASE + random.nextInt(RESIDENTS)), "R");
                parties.put(Party.room(ROOM_BASE + random.nextInt(ROOMS)), "Room");
                return conflicts.clashes(parties, at, at.plusHours(1), Set.of());
            })));
            timings.add(Bench.time("counsellor week view (service, 40 sessions)", 20, 300, () -> {
                int c = random.nextInt(counsellors);
                LocalDate monday = FIRST_DAY.plusWeeks(random.nextInt(Math.max(1, slotsPerCounsellor / 40)));
                return counselling.calendar(CalendarScope.counsellor(COUNSELLOR_BASE + c), monday.atStartOfDay(),
                        monday.plusDays(7).atStartOfDay());
            }));
        });
        assertThat(timings).allSatisfy(t -> assertThat(t.runs()).isPositive());
        System.out.println("[bench] target p95 < 30 ms: " + timings.stream().map(t -> t.name() + " p95=" + t.p95()).toList());
    }
}
