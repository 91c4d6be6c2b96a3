package org.aashray.placements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stay limits per home type: everyone may read them, ADMIN changes them. */
@Service
public class StayLimitService {

    private final StayLimitRepository limits;
    private final AuditLog audit;

    StayLimitService(StayLimitRepository limits, AuditLog audit) {
        this.limits = limits;
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
        List<FieldError> errors = new ArrayList<>();
        if (edited.stayDays() < 1 || edited.stayDays() > 3650) {
            errors.add(new FieldError("stayDays", "placements.validation.range", 1, 3650));
        }
        if (edited.stayDaysOver55() != null && (edited.stayDaysOver55() < edited.stayDays() || edited.stayDaysOver55() > 3650)) {
            errors.add(new FieldError("stayDaysOver55", "placements.validation.range", edited.stayDays(), 3650));
        }
        if (edited.childGirlMaxAge() < 1 || edited.childGirlMaxAge() > 18) {
            errors.add(new FieldError("childGirlMaxAge", "placements.validation.range", 1, 18));
        }
        if (edited.childBoyMaxAge() < 1 || edited.childBoyMaxAge() > 18) {
            errors.add(new FieldError("childBoyMaxAge", "placements.validation.range", 1, 18));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        StayLimit limit = limits.findById(edited.homeType()).orElseThrow();
        if (limit.getVersion() != edited.version()) {
            throw new ConcurrentEditException("Stay limit " + edited.homeType(), null);
        }
        StayLimits before = limit.view();
        limit.setStayDays(edited.stayDays());
        limit.setStayDaysOver55(edited.stayDaysOver55());
        limit.setChildGirlMaxAge(edited.childGirlMaxAge());
        limit.setChildBoyMaxAge(edited.childBoyMaxAge());
        limits.flush();
        audit.recordChange("UPDATE", "StayLimit", edited.homeType(), null, "Stay limit of " + edited.homeType(),
                snapshot(before), snapshot(limit.view()));
        return limit.view();
    }

    private static Map<String, Object> snapshot(StayLimits l) {
        return Map.of("stayDays", l.stayDays(), "stayDaysOver55", String.valueOf(l.stayDaysOver55()),
                "childGirlMaxAge", l.childGirlMaxAge(), "childBoyMaxAge", l.childBoyMaxAge());
    }
}
