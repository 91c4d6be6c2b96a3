package org.aashray.placements.occupancy;

import static org.aashray.placements.occupancy.AccessibleHomes.params;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.HomeOccupancy;
import org.aashray.placements.OccupancyFigures;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Who was in a bed at the end of a past day, per home: one set-based query over the indexed placement columns. */
@Component
public class DayOccupancy {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessibleHomes homes;

    DayOccupancy(NamedParameterJdbcTemplate jdbc, AccessibleHomes homes) {
        this.jdbc = jdbc;
        this.homes = homes;
    }

    /** Figures of each home on the day. */
    public List<HomeOccupancy> byHome(Collection<Long> homeIds, LocalDate day) {
        Map<Long, HomeSummary> chosen = homes.of(homeIds);
        if (chosen.isEmpty()) return List.of();
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.query("""
                select p.home_id, count(*), sum(case when p.expected_end < :day then 1 else 0 end)
                from placements p
                where p.home_id in (:homes) and p.bed_id is not null and p.start_date <= :day
                  and (p.end_date is null or p.end_date > :day)
                group by p.home_id""", params(chosen.keySet()).addValue("day", Date.valueOf(day)),
                rs -> { counts.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3)}); });
        return chosen.values().stream().map(h -> {
            long[] c = counts.getOrDefault(h.id(), new long[2]);
            return new HomeOccupancy(h.id(), h.type(), OccupancyFigures.of(day, 1, h.capacity(), c[0], c[1]));
        }).toList();
    }

    /** Who is in care in each home on the day (in a bed, as {@link #byHome} counts them): resident ids only. */
    public Map<Long, List<Long>> residentsInCare(Collection<Long> homeIds, LocalDate day) {
        Map<Long, HomeSummary> chosen = homes.of(homeIds);
        Map<Long, List<Long>> result = new HashMap<>();
        chosen.keySet().forEach(id -> result.put(id, new ArrayList<>()));
        if (chosen.isEmpty()) return result;
        jdbc.query("""
                select p.home_id, p.resident_id from placements p
                where p.home_id in (:homes) and p.bed_id is not null and p.start_date <= :day
                  and (p.end_date is null or p.end_date > :day)""", params(chosen.keySet()).addValue("day", Date.valueOf(day)),
                rs -> { result.get(rs.getLong(1)).add(rs.getLong(2)); });
        return result;
    }
}
