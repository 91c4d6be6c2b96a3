package org.aashray.medical.settings;

import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many hours after admission the health check is due (default 24): data an ADMIN edits. */
@Service
public class MedicalSettingsService {

    private final MedicalSettingsRepository settings;
    private final AuditLog audit;

    MedicalSettingsService(MedicalSettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public MedicalSettings effective(long homeId) {
        return settings.findByHomeId(homeId).or(settings::findDefault).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MedicalSettings> all() {
        return settings.findAll();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public MedicalSettings save(Long homeId, long version, int checkDueHours) {
        new InputChecks().require(checkDueHours >= 1 && checkDueHours <= 720, "checkDueHours", "medical.validation.range", 1, 720)
                .throwIfAny();
        MedicalSettings stored = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId)).orElse(null);
        Integer before = stored == null ? null : stored.getCheckDueHours();
        MedicalSettings s = stored != null ? stored : new MedicalSettings(homeId, checkDueHours);
        if (stored != null) {
            OptimisticLock.requireVersion("Medical settings", s.getVersion(), version);
            s.setCheckDueHours(checkDueHours);
        }
        MedicalSettings saved = OptimisticLock.write("Medical settings", () -> settings.saveAndFlush(s));
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "MedicalSettings", saved.getId(), homeId, "Health check due hours",
                before == null ? null : Map.of("checkDueHours", before), Map.of("checkDueHours", checkDueHours));
        return saved;
    }
}
