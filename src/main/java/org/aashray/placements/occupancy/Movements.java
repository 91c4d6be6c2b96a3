package org.aashray.placements.occupancy;

import static org.aashray.placements.occupancy.AccessibleHomes.params;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.ExitReason;
import org.aashray.placements.FlowFigures;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Who came into a set of homes and who left them between two days: two set-based queries. */
@Component
public class Movements {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessibleHomes homes;

    Movements(NamedParameterJdbcTemplate jdbc, AccessibleHomes homes) {
        this.jdbc = jdbc;
        this.homes = homes;
    }

    /** Admissions, transfers, exits by reason and length of stay between two days (inclusive). */
    public FlowFigures flows(Collection<Long> homeIds, LocalDate from, LocalDate to) {
        Map<Long, HomeSummary> chosen = homes.of(homeIds);
        Map<ExitReason, Long> exits = new EnumMap<>(ExitReason.class);
        if (chosen.isEmpty()) return new FlowFigures(from, to, 0, 0, 0, exits, 0, 0, 0);
        MapSqlParameterSource p = params(chosen.keySet()).addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
        long[] in = new long[2];
        jdbc.query("""
                select sum(case when entry_kind = 'ADMISSION' then 1 else 0 end), sum(case when entry_kind = 'TRANSFER' then 1 else 0 end)
                from placements where home_id in (:homes) and bed_id is not null and start_date between :from and :to""", p,
                rs -> { in[0] = rs.getLong(1); in[1] = rs.getLong(2); });
        long[] transfersOut = new long[1];
        List<Long> stays = new ArrayList<>();
        jdbc.query("""
                select end_kind, exit_reason, datediff(end_date, home_since)
                from placements where home_id in (:homes) and bed_id is not null and end_date between :from and :to
                  and end_kind in ('EXIT', 'TRANSFER')""", p, rs -> {
            if ("TRANSFER".equals(rs.getString(1))) {
                transfersOut[0]++;
            } else {
                exits.merge(ExitReason.valueOf(rs.getString(2)), 1L, Long::sum);
            }
            stays.add(rs.getLong(3));
        });
        stays.sort(null);
        double average = stays.isEmpty() ? 0 : Math.round(10.0 * stays.stream().mapToLong(Long::longValue).average().orElse(0)) / 10.0;
        double median = stays.isEmpty() ? 0 : stays.size() % 2 == 1 ? stays.get(stays.size() / 2)
                : (stays.get(stays.size() / 2 - 1) + stays.get(stays.size() / 2)) / 2.0;
        return new FlowFigures(from, to, in[0], in[1], transfersOut[0], exits, stays.size(), average, median);
    }
}
