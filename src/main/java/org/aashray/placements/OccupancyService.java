package org.aashray.placements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.homes.HomeType;
import org.aashray.placements.occupancy.DayOccupancy;
import org.aashray.placements.occupancy.MonthlyUtilisation;
import org.aashray.placements.occupancy.Movements;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy derived from the placement history, for any past day or month, per home, per home type or for a
 * set of homes (a district), for dashboards, reports and other features. Each figure is one set-based query over
 * the indexed placement columns (in {@code occupancy}); nothing loops over days or rows in Java. Staff see their
 * homes, district officials their districts' homes.
 */
@Service
public class OccupancyService {

    private final DayOccupancy days;
    private final Movements movements;
    private final MonthlyUtilisation months;

    OccupancyService(DayOccupancy days, Movements movements, MonthlyUtilisation months) {
        this.days = days;
        this.movements = movements;
        this.months = months;
    }

    /** Figures of each home on the day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HomeOccupancy> byHome(Collection<Long> homeIds, LocalDate day) {
        return days.byHome(homeIds, day);
    }

    /**
     * Who is in care in each home on the day (in a bed, as {@link #byHome} counts them): resident ids only, for
     * features that count their own stages among the residents in care. Never shown to anyone.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> residentsInCare(Collection<Long> homeIds, LocalDate day) {
        return days.residentsInCare(homeIds, day);
    }

    /** The homes together on the day. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OccupancyFigures occupancy(Collection<Long> homeIds, LocalDate day) {
        return total(day, days.byHome(homeIds, day));
    }

    /** The homes on the day, added up per home type. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<HomeType, OccupancyFigures> byType(Collection<Long> homeIds, LocalDate day) {
        Map<HomeType, OccupancyFigures> result = new EnumMap<>(HomeType.class);
        days.byHome(homeIds, day).stream().collect(Collectors.groupingBy(HomeOccupancy::homeType))
                .forEach((type, list) -> result.put(type, total(day, list)));
        return result;
    }

    /** Admissions, transfers, exits by reason and length of stay between two days (inclusive). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FlowFigures flows(Collection<Long> homeIds, LocalDate from, LocalDate to) {
        return movements.flows(homeIds, from, to);
    }

    /** Month by month, for charts and district dashboards: one query for the nights, one for the movements. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MonthlyOccupancy> monthly(Collection<Long> homeIds, YearMonth from, YearMonth to) {
        return months.monthly(homeIds, from, to);
    }

    private static OccupancyFigures total(LocalDate day, List<HomeOccupancy> list) {
        return OccupancyFigures.of(day, list.size(), list.stream().mapToLong(h -> h.figures().beds()).sum(),
                list.stream().mapToLong(h -> h.figures().occupied()).sum(),
                list.stream().mapToLong(h -> h.figures().overStayLimit()).sum());
    }
}
