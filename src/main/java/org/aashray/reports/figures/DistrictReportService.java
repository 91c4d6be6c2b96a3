package org.aashray.reports.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.HomeType;
import org.aashray.inspections.InspectionService;
import org.aashray.placements.ExitReason;
import org.aashray.placements.FlowFigures;
import org.aashray.placements.HomeOccupancy;
import org.aashray.placements.MonthlyOccupancy;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.OccupancyService;
import org.aashray.reintegration.ReintegrationCounts;
import org.aashray.reintegration.ReintegrationPipeline;
import org.aashray.residents.ReturnLinkCounts;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.aashray.training.TrainingDashboardService;
import org.aashray.training.TrainingFigures;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a district (or one home) for a month, computed once and shown the same way on the
 * dashboard and in every export. Officials get suppressed small cells and never a name.
 */
@Service
public class DistrictReportService {

    public static final String READERS = "hasAnyRole('DISTRICT_OFFICIAL','CARE_MANAGER','ADMIN')";

    private final HomeService homes;
    private final OccupancyService occupancy;
    private final InspectionService inspections;
    private final ReintegrationPipeline reintegration;
    private final TrainingDashboardService training;
    private final ReturnLinkCounts returns;
    private final CurrentUser currentUser;
    private final Clock clock;

    DistrictReportService(HomeService homes, OccupancyService occupancy, InspectionService inspections,
                          ReintegrationPipeline reintegration, TrainingDashboardService training,
                          ReturnLinkCounts returns, CurrentUser currentUser, Clock clock) {
        this.homes = homes;
        this.occupancy = occupancy;
        this.inspections = inspections;
        this.reintegration = reintegration;
        this.training = training;
        this.returns = returns;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Districts first (all the reader's homes in each), then each home on its own. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ReportScope> scopes() {
        List<HomeSummary> mine = homes.accessibleHomes();
        List<ReportScope> scopes = new ArrayList<>();
        mine.stream().collect(Collectors.groupingBy(HomeSummary::districtId)).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> scopes.add(new ReportScope("district:" + e.getKey(), e.getValue().getFirst().districtName(),
                        e.getKey(), e.getValue().stream().map(HomeSummary::id).sorted().toList())));
        mine.stream().sorted(Comparator.comparing(HomeSummary::name))
                .forEach(h -> scopes.add(new ReportScope("home:" + h.id(), h.name(), h.districtId(), List.of(h.id()))));
        return scopes;
    }

    /**
     * Checks that the reader may see this scope and tells whether her counts are suppressed: what, besides the
     * scope and the month, makes one reader's report differ from another's.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public boolean suppressedFor(ReportScope scope) {
        requireScope(scope);
        return currentUser.has(Role.DISTRICT_OFFICIAL);
    }

    private void requireScope(ReportScope scope) {
        requireScope(scope, homes.accessibleHomes().stream().map(HomeSummary::id).collect(Collectors.toSet()));
    }

    private static void requireScope(ReportScope scope, Set<Long> accessible) {
        if (scope.homeIds().isEmpty() || !accessible.containsAll(scope.homeIds())) {
            throw new AccessDeniedException("Report scope outside your homes");
        }
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public DistrictFigures figures(ReportScope scope, YearMonth month) {
        Map<Long, HomeSummary> accessible = homes.accessibleHomes().stream()
                .collect(Collectors.toMap(HomeSummary::id, Function.identity()));
        requireScope(scope, accessible.keySet());
        boolean suppress = currentUser.has(Role.DISTRICT_OFFICIAL);
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        List<Long> ids = scope.homeIds();

        List<HomeOccupancy> perHome = occupancy.byHome(ids, asOf);
        FlowFigures flows = occupancy.flows(ids, month.atDay(1), asOf);
        List<MonthlyOccupancy> monthly = occupancy.monthly(ids, month.minusMonths(11), month);
        Set<Long> inScope = new HashSet<>(ids);
        long overdueActions = inspections.overdueActions(today).stream().filter(a -> inScope.contains(a.homeId())).count();
        Map<Long, ReintegrationCounts> work = reintegration.countsByHome(ids);
        Map<Long, TrainingFigures> trained = training.byHome(ids);
        List<Integer> checkMonths = training.checkMonths();
        long confirmedReturns = returns.confirmedByHome(ids, month.atDay(1), asOf).values().stream().mapToLong(Long::longValue).sum();

        long beds = perHome.stream().mapToLong(h -> h.figures().beds()).sum();
        long occupied = perHome.stream().mapToLong(h -> h.figures().occupied()).sum();
        long over = perHome.stream().mapToLong(h -> h.figures().overStayLimit()).sum();

        List<HomeRow> homeRows = perHome.stream().map(h -> {
            HomeSummary home = accessible.get(h.homeId());
            OccupancyFigures f = h.figures();
            Cell occ = Cell.of(f.occupied(), suppress);
            return new HomeRow(home.id(), home.code(), home.name(), home.type(), f.beds(), occ,
                    utilisation(occ, f.beds()), Cell.of(f.overStayLimit(), suppress));
        }).sorted(Comparator.comparing(HomeRow::name)).toList();

        Map<HomeType, List<HomeOccupancy>> byType = perHome.stream().collect(Collectors.groupingBy(HomeOccupancy::homeType));
        List<TypeRow> typeRows = new ArrayList<>();
        for (HomeType type : HomeType.values()) {
            List<HomeOccupancy> list = byType.getOrDefault(type, List.of());
            if (list.isEmpty()) continue;
            long typeBeds = list.stream().mapToLong(h -> h.figures().beds()).sum();
            Cell typeOccupied = Cell.of(list.stream().mapToLong(h -> h.figures().occupied()).sum(), suppress);
            typeRows.add(new TypeRow(type, list.size(), typeBeds, typeOccupied, utilisation(typeOccupied, typeBeds)));
        }

        Map<ExitReason, Cell> exits = new EnumMap<>(ExitReason.class);
        for (ExitReason reason : ExitReason.values()) {
            exits.put(reason, Cell.of(flows.exitsByReason().getOrDefault(reason, 0L), suppress));
        }
        List<MonthPoint> points = monthly.stream().map(m -> new MonthPoint(m.month(), m.utilisationPercent(),
                Cell.of(m.admissions(), suppress), Cell.of(m.exits(), suppress))).toList();

        List<HomeWorkRow> workRows = homeRows.stream().map(h -> {
            ReintegrationCounts c = work.get(h.homeId());
            TrainingFigures t = trained.get(h.homeId());
            return new HomeWorkRow(h.homeId(), h.code(), h.name(), Cell.of(c.inCare(), suppress),
                    Cell.of(c.verificationPending(), suppress), Cell.of(c.ready(), suppress),
                    Cell.of(c.overdueVerifications(), suppress), Cell.of(c.overdueFollowUps(), suppress),
                    Cell.of(t.finished(), suppress), rate(t.completed(), t.finished(), suppress),
                    checkMonths.stream().map(m -> rate(t.placed(m), t.placementBase(m), suppress)).toList());
        }).toList();
        Pipeline pipeline = new Pipeline(today,
                Cell.of(work.values().stream().mapToLong(ReintegrationCounts::inCare).sum(), suppress),
                Cell.of(work.values().stream().mapToLong(ReintegrationCounts::verificationPending).sum(), suppress),
                Cell.of(work.values().stream().mapToLong(ReintegrationCounts::ready).sum(), suppress),
                Cell.of(flows.exits(), suppress));
        long finished = trained.values().stream().mapToLong(TrainingFigures::finished).sum();
        long completed = trained.values().stream().mapToLong(TrainingFigures::completed).sum();
        List<TrainingRates.PlacementRate> placement = checkMonths.stream().map(m -> {
            long due = trained.values().stream().mapToLong(t -> t.placementBase(m)).sum();
            long placed = trained.values().stream().mapToLong(t -> t.placed(m)).sum();
            return new TrainingRates.PlacementRate(m, Cell.of(due, suppress), rate(placed, due, suppress));
        }).toList();
        TrainingRates trainingRates = new TrainingRates(Cell.of(finished, suppress), rate(completed, finished, suppress), placement);

        Cell occupiedCell = Cell.of(occupied, suppress);
        boolean fewStays = suppress && flows.departures() > 0 && flows.departures() < Cell.THRESHOLD;
        return new DistrictFigures(scope, month, asOf, ZonedDateTime.now(clock), suppress, ids.size(), beds, occupiedCell,
                utilisation(occupiedCell, beds), Cell.of(flows.admissions(), suppress), exits, Cell.of(flows.exits(), suppress),
                fewStays ? "—" : days(flows.averageStayDays()), fewStays ? "—" : days(flows.medianStayDays()),
                Cell.of(over, suppress), Cell.of(overdueActions, false), homeRows, typeRows, points, pipeline,
                Cell.of(sum(work, ReintegrationCounts::overdueVerifications), suppress),
                Cell.of(sum(work, ReintegrationCounts::overdueFollowUps), suppress), trainingRates, workRows,
                Cell.of(confirmedReturns, suppress));
    }

    private static long sum(Map<Long, ReintegrationCounts> work, java.util.function.ToLongFunction<ReintegrationCounts> f) {
        return work.values().stream().mapToLong(f).sum();
    }

    /**
     * A whole percentage (rounded as the training dashboard rounds it), or "—" when there is nothing to divide by
     * or, for officials, when the base is a suppressed count (a rate of 1 to 4 people would reveal them).
     */
    static String rate(long part, long whole, boolean suppress) {
        if (whole == 0 || Cell.of(whole, suppress).suppressed()) return "—";
        return Math.round(100f * part / whole) + "%";
    }

    /** A percentage would give away a suppressed count, so it is withheld with it. */
    static String utilisation(Cell occupied, long beds) {
        if (occupied.suppressed()) return "—";
        if (beds == 0) return "0%";
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * occupied.value() / beds);
    }

    private static String days(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
