package org.aashray.careplans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Days from admission to the care plan (30) and between reviews (90): data an ADMIN edits. */
@Service
public class CarePlanSettingsService {

    private final CarePlanSettingsRepository settings;
    private final AuditLog audit;

    CarePlanSettingsService(CarePlanSettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CarePlanSettings effective(long homeId) {
        return settings.findByHomeId(homeId).or(settings::findDefault).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CarePlanSettings> all() {
        return settings.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CarePlanSettings save(Long homeId, long version, int dueDays, int reviewDays) {
        List<FieldError> errors = new ArrayList<>();
        if (dueDays < 1 || dueDays > 365) errors.add(new FieldError("dueDays", "careplans.validation.range", 1, 365));
        if (reviewDays < 7 || reviewDays > 730) errors.add(new FieldError("reviewDays", "careplans.validation.range", 7, 730));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        CarePlanSettings s = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId)).orElse(null);
        Map<String, Object> before = s == null ? null : Map.of("dueDays", s.getDueDays(), "reviewDays", s.getReviewDays());
        if (s == null) {
            s = new CarePlanSettings(homeId, dueDays, reviewDays);
        } else {
            if (s.getVersion() != version) throw new ConcurrentEditException("Care plan settings", null);
            s.setDueDays(dueDays);
            s.setReviewDays(reviewDays);
        }
        s = settings.saveAndFlush(s);
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "CarePlanSettings", s.getId(), homeId, "Care plan days",
                before, Map.of("dueDays", dueDays, "reviewDays", reviewDays));
        return s;
    }
}
