package org.aashray.placements.occupancy;

import static org.aashray.placements.occupancy.AccessibleHomes.params;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.MonthlyOccupancy;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Month by month, for charts and district dashboards: one query for the nights, one per kind of movement. */
@Component
public class MonthlyUtilisation {

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessibleHomes homes;
    private final Clock clock;

    MonthlyUtilisation(NamedParameterJdbcTemplate jdbc, AccessibleHomes homes, Clock clock) {
        this.jdbc = jdbc;
        this.homes = homes;
        this.clock = clock;
    }

    public List<MonthlyOccupancy> monthly(Collection<Long> homeIds, YearMonth from, YearMonth to) {
        Map<Long, HomeSummary> chosen = homes.of(homeIds);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && m.atDay(1).isBefore(tomorrow); m = m.plusMonths(1)) months.add(m);
        if (months.isEmpty() || chosen.isEmpty()) return List.of();
        long beds = chosen.values().stream().mapToLong(HomeSummary::capacity).sum();
        StringBuilder table = new StringBuilder();
        MapSqlParameterSource p = params(chosen.keySet());
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            table.append(i == 0 ? "" : " union all ").append("select ").append(i).append(" as n, :s").append(i)
                    .append(" as ms, :e").append(i).append(" as me");
            p.addValue("s" + i, Date.valueOf(m.atDay(1))).addValue("e" + i, Date.valueOf(end(m, tomorrow)));
        }
        // The whole window's bounds, implied by each month's, let the database read only the stays that overlap the
        // window (open ones and those ended since its start, on the home/end-date index) instead of every stay
        // since the home opened, once per month.
        p.addValue("windowStart", Date.valueOf(months.getFirst().atDay(1))).addValue("windowEnd", p.getValue("e" + (months.size() - 1)));
        Map<Integer, long[]> nights = new HashMap<>();
        jdbc.query("""
                select m.n,
                  sum(datediff(least(coalesce(p.end_date, m.me), m.me), greatest(p.start_date, m.ms))),
                  sum(case when p.end_date is null or p.end_date >= m.me then 1 else 0 end)
                from (%s) m
                join placements p on p.home_id in (:homes) and p.bed_id is not null
                  and (p.end_date is null or p.end_date > :windowStart) and p.start_date < :windowEnd
                  and p.start_date < m.me and (p.end_date is null or p.end_date > m.ms)
                group by m.n""".formatted(table), p, rs -> {
            nights.put(rs.getInt(1), new long[]{rs.getLong(2), rs.getLong(3)});
        });
        MapSqlParameterSource range = params(chosen.keySet()).addValue("from", Date.valueOf(months.getFirst().atDay(1)))
                .addValue("to", Date.valueOf(months.getLast().atEndOfMonth()));
        Map<YearMonth, Long> admissions = countByMonth("start_date", "entry_kind = 'ADMISSION'", range);
        Map<YearMonth, Long> exits = countByMonth("end_date", "end_kind = 'EXIT'", range);
        List<MonthlyOccupancy> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            long days = ChronoUnit.DAYS.between(m.atDay(1), end(m, tomorrow));
            long[] n = nights.getOrDefault(i, new long[2]);
            double average = Math.round(10.0 * n[0] / days) / 10.0;
            double utilisation = beds == 0 ? 0 : Math.round(1000.0 * n[0] / (beds * days)) / 10.0;
            result.add(new MonthlyOccupancy(m, beds, days, n[0], average, utilisation, n[1],
                    admissions.getOrDefault(m, 0L), exits.getOrDefault(m, 0L)));
        }
        return result;
    }

    /** The month's first day not counted: the next month's first, or tomorrow for the current month. */
    private static LocalDate end(YearMonth m, LocalDate tomorrow) {
        return m.plusMonths(1).atDay(1).isAfter(tomorrow) ? tomorrow : m.plusMonths(1).atDay(1);
    }

    private Map<YearMonth, Long> countByMonth(String column, String condition, MapSqlParameterSource p) {
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.query(("select year(%1$s), month(%1$s), count(*) from placements where home_id in (:homes) and bed_id is not null"
                + " and %1$s between :from and :to and %2$s group by year(%1$s), month(%1$s)").formatted(column, condition), p,
                rs -> { counts.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)); });
        return counts;
    }
}
