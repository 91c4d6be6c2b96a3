package org.aashray.placements.staylimits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.homes.HomeType;
import org.aashray.placements.internal.PlacementDue;
import org.aashray.placements.internal.PlacementRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stay limits per home type: everyone may read them, ADMIN changes them; and the stays reaching them. */
@Service
public class StayLimitService {

    private static final int MAX_STAY_DAYS = 3650;
    private static final int MAX_CHILD_AGE = 18;

    private final StayLimitRepository limits;
    private final PlacementRepository placements;
    private final AuditLog audit;

    StayLimitService(StayLimitRepository limits, PlacementRepository placements, AuditLog audit) {
        this.limits = limits;
        this.placements = placements;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StayLimits> all() {
        return limits.findAll().stream().map(StayLimit::view).sorted(Comparator.comparing(StayLimits::homeType)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public StayLimits of(HomeType type) {
        return limits.findById(type).orElseThrow().view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StayLimits save(StayLimits edited) {
        Integer over55 = edited.stayDaysOver55();
        new InputChecks()
                .require(edited.stayDays() >= 1 && edited.stayDays() <= MAX_STAY_DAYS, "stayDays", "placements.validation.range",
                        1, MAX_STAY_DAYS)
                .require(over55 == null || over55 >= edited.stayDays() && over55 <= MAX_STAY_DAYS, "stayDaysOver55",
                        "placements.validation.range", edited.stayDays(), MAX_STAY_DAYS)
                .require(edited.childGirlMaxAge() >= 1 && edited.childGirlMaxAge() <= MAX_CHILD_AGE, "childGirlMaxAge",
                        "placements.validation.range", 1, MAX_CHILD_AGE)
                .require(edited.childBoyMaxAge() >= 1 && edited.childBoyMaxAge() <= MAX_CHILD_AGE, "childBoyMaxAge",
                        "placements.validation.range", 1, MAX_CHILD_AGE)
                .throwIfAny();
        StayLimit limit = limits.findById(edited.homeType()).orElseThrow();
        OptimisticLock.requireVersion("Stay limit " + edited.homeType(), limit.getVersion(), edited.version());
        StayLimits before = limit.view();
        limit.setStayDays(edited.stayDays());
        limit.setStayDaysOver55(over55);
        limit.setChildGirlMaxAge(edited.childGirlMaxAge());
        limit.setChildBoyMaxAge(edited.childBoyMaxAge());
        OptimisticLock.write("Stay limit " + edited.homeType(), limits::flush);
        audit.recordChange("UPDATE", "StayLimit", edited.homeType(), null, "Stay limit of " + edited.homeType(),
                snapshot(before), snapshot(limit.view()));
        return limit.view();
    }

    /**
     * Current stays whose expected end (admission plus the home type's stay limit) is on or before {@code by}, for
     * the over-limit alert, which the application runs by itself across all homes: a range scan on the (not ended,
     * expected end) index, so the cost follows the stays found.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<PlacementDue> staysEndingBy(LocalDate by) {
        return placements.openEndingBy(by).stream()
                .map(p -> new PlacementDue(p.getId(), p.getResidentId(), p.getHomeId(), p.getExpectedEnd())).toList();
    }

    private static Map<String, Object> snapshot(StayLimits l) {
        return Map.of("stayDays", l.stayDays(), "stayDaysOver55", String.valueOf(l.stayDaysOver55()),
                "childGirlMaxAge", l.childGirlMaxAge(), "childBoyMaxAge", l.childBoyMaxAge());
    }
}
