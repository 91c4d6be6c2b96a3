package org.aashray.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills districts, homes, rooms and beds quickly with batched inserts. */
public class StructureGenerator {

    private static final String[] TYPES = {"TRANSIT", "SHORT_TERM", "LONG_TERM", "COMMUNITY_BASED"};
    private static final char[] LETTERS = {'T', 'S', 'L', 'C'};
    private static final String[] SERVES = {"WOMEN", "GIRLS", "WOMEN", "MOTHERS_WITH_CHILDREN"};
    private static final int BEDS_PER_ROOM = 8;

    private final JdbcTemplate jdbc;

    public StructureGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the ids of the generated homes. */
    public List<Long> generate(int districts, int homes, int bedsPerHome) {
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase().replaceAll("[0-9]", "X");
        List<Long> districtIds = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String code = ("B" + run + letters(d)).substring(0, Math.min(10, ("B" + run + letters(d)).length()));
            jdbc.update("insert into districts (code, name, state) values (?, ?, 'Bench State')", code, "Bench district " + d);
            districtIds.add(jdbc.queryForObject("select id from districts where code = ?", Long.class, code));
        }
        List<Object[]> homeRows = new ArrayList<>();
        for (int h = 0; h < homes; h++) {
            int type = h % 4;
            homeRows.add(new Object[]{districtIds.get(h % districts), "B" + letters(h) + "-" + LETTERS[type],
                    "Bench home " + h, TYPES[type], SERVES[type], h + " Bench Road"});
        }
        jdbc.batchUpdate("insert into homes (district_id, code, name, home_type, serves, address) values (?, ?, ?, ?, ?, ?)", homeRows);
        List<Long> homeIds = jdbc.queryForList("select id from homes where name like 'Bench home %' order by id", Long.class);
        List<Object[]> roomRows = new ArrayList<>();
        int roomsPerHome = Math.max(1, (bedsPerHome + BEDS_PER_ROOM - 1) / BEDS_PER_ROOM);
        for (long homeId : homeIds) {
            for (int r = 0; r < roomsPerHome; r++) {
                roomRows.add(new Object[]{homeId, "Room " + (r + 1)});
            }
        }
        for (List<Object[]> chunk : Bench.chunks(roomRows, 2000)) {
            jdbc.batchUpdate("insert into rooms (home_id, name) values (?, ?)", chunk);
        }
        List<Object[]> bedRows = new ArrayList<>();
        for (long roomId : jdbc.queryForList("select r.id from rooms r join homes h on h.id = r.home_id where h.name like 'Bench home %'", Long.class)) {
            for (int b = 1; b <= BEDS_PER_ROOM; b++) {
                bedRows.add(new Object[]{roomId, "B" + b, b == BEDS_PER_ROOM && roomId % 5 == 0 ? "OUT_OF_SERVICE" : "AVAILABLE"});
            }
        }
        for (List<Object[]> chunk : Bench.chunks(bedRows, 5000)) {
            jdbc.batchUpdate("insert into beds (room_id, label, status) values (?, ?, ?)", chunk);
        }
        return homeIds;
    }

    /** A, B, ..., Z, BA, BB ...: home codes are letters only. */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.insert(0, (char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        while (sb.length() < 3) sb.insert(0, 'A');
        return sb.toString();
    }
}
