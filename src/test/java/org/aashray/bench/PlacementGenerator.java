package org.aashray.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Residents and five years of placement history for the bench homes, with fast JDBC batches: every bed holds
 * a chain of stays over the whole period (transit beds turn over eight times as often as long-term ones; short
 * gaps between stays), the last one open if it reaches today. About {@code residents} stays in all. Residents are written directly (no intake), one per stay.
 */
public class PlacementGenerator {

    private static final String[] EXITS = {"RESTORED_TO_FAMILY", "RESTORED_TO_FAMILY", "INDEPENDENT_LIVING",
            "TRANSFERRED_TO_ORGANISATION", "REPATRIATED", "ABSCONDED", "OTHER"};

    private final JdbcTemplate jdbc;
    private final Random random = new Random(42);

    public PlacementGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static double weight(String type) {
        return switch (type) { case "TRANSIT" -> 4; case "SHORT_TERM" -> 1; default -> 0.5; };
    }

    /** Returns the number of placements (and residents) written. */
    public int generate(List<Long> homeIds, int residents, int years, LocalDate today) {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        LocalDate first = today.minusYears(years);
        // beds of each home, and how many stays a bed sees in the period: transit beds turn over fastest
        java.util.Map<Long, List<Long>> bedsOf = new java.util.LinkedHashMap<>();
        java.util.Map<Long, String> typeOf = new java.util.HashMap<>();
        double weightSum = 0;
        for (long homeId : homeIds) {
            String type = jdbc.queryForObject("select home_type from homes where id = ?", String.class, homeId);
            List<Long> beds = jdbc.queryForList("select b.id from beds b join rooms r on r.id = b.room_id where r.home_id = ?"
                    + " and b.status = 'AVAILABLE' order by b.id", Long.class, homeId);
            bedsOf.put(homeId, beds);
            typeOf.put(homeId, type);
            weightSum += beds.size() * weight(type);
        }
        double staysPerWeight = residents / weightSum;
        long days = today.toEpochDay() - first.toEpochDay();
        List<Object[]> residentRows = new ArrayList<>();
        List<long[]> stays = new ArrayList<>(); // homeId, bedId, startEpochDay, endEpochDay (-1 open)
        List<String> types = new ArrayList<>();
        for (var home : bedsOf.entrySet()) {
            String type = typeOf.get(home.getKey());
            double cycle = days / (staysPerWeight * weight(type)); // mean days from one arrival in a bed to the next
            for (long bed : home.getValue()) {
                long cursor = first.toEpochDay() + random.nextInt((int) Math.max(1, cycle));
                while (cursor <= today.toEpochDay()) {
                    long start = cursor;
                    long end = start + Math.max(1, Math.round(cycle * (0.6 + 0.5 * random.nextDouble())));
                    cursor = end + Math.round(cycle * 0.1 * random.nextDouble());
                    stays.add(new long[]{home.getKey(), bed, start, end > today.toEpochDay() ? -1 : end});
                    types.add(type);
                    residentRows.add(new Object[]{home.getKey(), "B" + run + "-" + stays.size(), "Bench resident " + stays.size(),
                            Date.valueOf(LocalDate.ofEpochDay(start).minusYears(18 + random.nextInt(30))),
                            end > today.toEpochDay() ? "IN_RESIDENCE" : "EXITED", Date.valueOf(LocalDate.ofEpochDay(start)),
                            Timestamp.from(Instant.now())});
                }
            }
        }
        for (List<Object[]> chunk : Bench.chunks(residentRows, 5000)) {
            jdbc.batchUpdate("insert into residents (home_id, case_number, name, gender, birth_date, referred_by,"
                    + " trafficking_form, origin, status, admitted_on, created_at) values (?, ?, ?, 'FEMALE', ?, 'POLICE_AHTU',"
                    + " 'SEXUAL_EXPLOITATION', 'IN-WB', ?, ?, ?)", chunk);
        }
        List<Long> residentIds = jdbc.queryForList("select id from residents where case_number like ? order by id", Long.class,
                "B" + run + "-%");
        List<Object[]> placementRows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < stays.size(); i++) {
            long[] s = stays.get(i);
            int limit = switch (types.get(i)) { case "TRANSIT" -> 10; case "SHORT_TERM" -> 365; default -> 1095; };
            Date start = Date.valueOf(LocalDate.ofEpochDay(s[2]));
            boolean open = s[3] < 0;
            placementRows.add(new Object[]{residentIds.get(i), s[0], types.get(i), s[1], start,
                    open ? null : Date.valueOf(LocalDate.ofEpochDay(s[3])), start, start,
                    Date.valueOf(LocalDate.ofEpochDay(s[2] + limit)), open ? null : "EXIT",
                    open ? null : EXITS[random.nextInt(EXITS.length)], now});
        }
        for (List<Object[]> chunk : Bench.chunks(placementRows, 5000)) {
            jdbc.batchUpdate("insert into placements (resident_id, home_id, home_type, bed_id, start_date, end_date, home_since,"
                    + " admitted_on, expected_end, entry_kind, end_kind, exit_reason, order_number, created_at, created_by)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ADMISSION', ?, ?, 'BENCH', ?, 'bench')", chunk);
        }
        return placementRows.size();
    }
}
