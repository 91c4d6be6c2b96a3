package org.aashray.careplans.settings;

import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
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
        new InputChecks()
                .require(dueDays >= 1 && dueDays <= 365, "dueDays", "careplans.validation.range", 1, 365)
                .require(reviewDays >= 7 && reviewDays <= 730, "reviewDays", "careplans.validation.range", 7, 730)
                .throwIfAny();
        CarePlanSettings stored = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId)).orElse(null);
        Map<String, Object> before = stored == null ? null : Map.of("dueDays", stored.getDueDays(), "reviewDays", stored.getReviewDays());
        CarePlanSettings s = stored != null ? stored : new CarePlanSettings(homeId, dueDays, reviewDays);
        if (stored != null) {
            OptimisticLock.requireVersion("Care plan settings", s.getVersion(), version);
            s.setDueDays(dueDays);
            s.setReviewDays(reviewDays);
        }
        CarePlanSettings saved = OptimisticLock.write("Care plan settings", () -> settings.saveAndFlush(s));
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "CarePlanSettings", saved.getId(), homeId, "Care plan days",
                before, Map.of("dueDays", dueDays, "reviewDays", reviewDays));
        return saved;
    }
}
