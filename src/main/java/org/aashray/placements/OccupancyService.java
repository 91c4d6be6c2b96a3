package org.aashray.placements;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.HomeType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy derived from the placement history, for any past day or month, per home, per home type or for a
 * set of homes (a district). Each figure is one set-based query over the indexed placement columns; nothing
 * loops over days or rows in Java. Beds are counted from the homes feature's tables in the same query (read only). Staff see their homes, district officials their districts' homes.
 */
@Service
public class OccupancyService {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    OccupancyService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Figures of each home on the day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HomeOccupancy> byHome(Collection<Long> homeIds, LocalDate day) {
        Map<Long, HomeSummary> chosen = accessible(homeIds);
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

    /**
     * Who is in care in each home on the day (in a bed, as {@link #byHome} counts them): resident ids only, for
     * features that count their own stages among the residents in care. Never shown to anyone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> residentsInCare(Collection<Long> homeIds, LocalDate day) {
        Map<Long, HomeSummary> chosen = accessible(homeIds);
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

    /** The homes together on the day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OccupancyFigures occupancy(Collection<Long> homeIds, LocalDate day) {
        return total(day, byHome(homeIds, day));
    }

    /** The homes on the day, added up per home type. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<HomeType, OccupancyFigures> byType(Collection<Long> homeIds, LocalDate day) {
        Map<HomeType, OccupancyFigures> result = new EnumMap<>(HomeType.class);
        byHome(homeIds, day).stream().collect(Collectors.groupingBy(HomeOccupancy::homeType))
                .forEach((type, list) -> result.put(type, total(day, list)));
        return result;
    }

    /** Admissions, transfers, exits by reason and length of stay between two days (inclusive). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FlowFigures flows(Collection<Long> homeIds, LocalDate from, LocalDate to) {
        Map<Long, HomeSummary> chosen = accessible(homeIds);
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

    /** Month by month, for charts and district dashboards: one query for the nights, one for the movements. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MonthlyOccupancy> monthly(Collection<Long> homeIds, YearMonth from, YearMonth to) {
        Map<Long, HomeSummary> chosen = accessible(homeIds);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to) && m.atDay(1).isBefore(tomorrow); m = m.plusMonths(1)) months.add(m);
        if (months.isEmpty() || chosen.isEmpty()) return List.of();
        long beds = chosen.values().stream().mapToLong(HomeSummary::capacity).sum();
        StringBuilder table = new StringBuilder();
        MapSqlParameterSource p = params(chosen.keySet());
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            LocalDate end = m.plusMonths(1).atDay(1).isAfter(tomorrow) ? tomorrow : m.plusMonths(1).atDay(1);
            table.append(i == 0 ? "" : " union all ").append("select ").append(i).append(" as n, :s").append(i)
                    .append(" as ms, :e").append(i).append(" as me");
            p.addValue("s" + i, Date.valueOf(m.atDay(1))).addValue("e" + i, Date.valueOf(end));
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
            LocalDate end = m.plusMonths(1).atDay(1).isAfter(tomorrow) ? tomorrow : m.plusMonths(1).atDay(1);
            long days = ChronoUnit.DAYS.between(m.atDay(1), end);
            long[] n = nights.getOrDefault(i, new long[2]);
            double average = Math.round(10.0 * n[0] / days) / 10.0;
            double utilisation = beds == 0 ? 0 : Math.round(1000.0 * n[0] / (beds * days)) / 10.0;
            result.add(new MonthlyOccupancy(m, beds, days, n[0], average, utilisation, n[1],
                    admissions.getOrDefault(m, 0L), exits.getOrDefault(m, 0L)));
        }
        return result;
    }

    private Map<YearMonth, Long> countByMonth(String column, String condition, MapSqlParameterSource p) {
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.query(("select year(%1$s), month(%1$s), count(*) from placements where home_id in (:homes) and bed_id is not null"
                + " and %1$s between :from and :to and %2$s group by year(%1$s), month(%1$s)").formatted(column, condition), p,
                rs -> { counts.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)); });
        return counts;
    }

    private static OccupancyFigures total(LocalDate day, List<HomeOccupancy> list) {
        return OccupancyFigures.of(day, list.size(), list.stream().mapToLong(h -> h.figures().beds()).sum(),
                list.stream().mapToLong(h -> h.figures().occupied()).sum(),
                list.stream().mapToLong(h -> h.figures().overStayLimit()).sum());
    }

    /** The homes asked for, with type and in-service beds, after checking the caller may see each of them. */
    private Map<Long, HomeSummary> accessible(Collection<Long> homeIds) {
        Map<Long, HomeSummary> chosen = new java.util.LinkedHashMap<>();
        if (homeIds.isEmpty()) return chosen;
        // one query for the homes asked for (not all homes the caller may see: an administrator sees hundreds)
        jdbc.query("""
                select h.id, h.home_type, h.district_id,
                  (select count(*) from beds b join rooms r on r.id = b.room_id where r.home_id = h.id and b.status = 'AVAILABLE')
                from homes h where h.id in (:homes) order by h.id""", params(Set.copyOf(homeIds)), rs -> {
            long id = rs.getLong(1);
            long district = rs.getLong(3);
            if (!currentUser.mayAccessHome(id) && !(currentUser.has(Role.DISTRICT_OFFICIAL) && currentUser.mayAccessDistrict(district))) {
                throw new AccessDeniedException("No access to home " + id);
            }
            chosen.put(id, new HomeSummary(id, null, null, HomeType.valueOf(rs.getString(2)), null, district, null,
                    rs.getLong(4), null, true));
        });
        if (chosen.size() != Set.copyOf(homeIds).size()) throw new AccessDeniedException("No such home in " + homeIds);
        return chosen;
    }

    private static MapSqlParameterSource params(Collection<Long> homeIds) {
        return new MapSqlParameterSource("homes", homeIds);
    }
}
