package org.aashray.counselling.settings;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working hours, maximum session length and the "no session for N days" limit: data an ADMIN edits. */
@Service
public class CounsellingSettingsService {

    private static final String RANGE = "counselling.validation.range";

    private final CounsellingSettingsRepository settings;
    private final AuditLog audit;

    CounsellingSettingsService(CounsellingSettingsRepository settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** The home's own settings, or the default row. */
    @Transactional(readOnly = true)
    public CounsellingSettings effective(long homeId) {
        return settings.findByHomeId(homeId).or(settings::findDefault).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CounsellingSettings> all() {
        return settings.findAll();
    }

    /** Saves the default (homeId null) or one home's settings. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CounsellingSettings save(Long homeId, long version, LocalTime dayStart, LocalTime dayEnd, int maxMinutes, int noSessionDays) {
        int attendanceDays = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId).or(settings::findDefault))
                .map(CounsellingSettings::getAttendanceAlertDays).orElse(2);
        return save(homeId, version, dayStart, dayEnd, maxMinutes, noSessionDays, attendanceDays);
    }

    /** As above, with the days after a session before missing attendance becomes an alert. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public CounsellingSettings save(Long homeId, long version, LocalTime dayStart, LocalTime dayEnd, int maxMinutes, int noSessionDays,
                                    int attendanceDays) {
        new InputChecks()
                .require(attendanceDays >= 1 && attendanceDays <= 60, "attendanceDays", RANGE, 1, 60)
                .require(dayStart != null, "dayStart", "counselling.validation.required")
                .require(dayEnd != null, "dayEnd", "counselling.validation.required")
                .require(dayStart == null || dayEnd == null || dayEnd.isAfter(dayStart), "dayEnd", "counselling.validation.endBeforeStart")
                .require(maxMinutes >= 15 && maxMinutes <= 720, "maxMinutes", RANGE, 15, 720)
                .require(noSessionDays >= 1 && noSessionDays <= 365, "noSessionDays", RANGE, 1, 365)
                .throwIfAny();
        CounsellingSettings stored = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId)).orElse(null);
        Map<String, Object> before = stored == null ? null : snapshot(stored);
        CounsellingSettings s = stored != null ? stored : new CounsellingSettings(homeId, dayStart, dayEnd, maxMinutes, noSessionDays);
        if (stored != null) {
            OptimisticLock.requireVersion("Counselling settings", s.getVersion(), version);
            s.setDayStart(dayStart);
            s.setDayEnd(dayEnd);
            s.setMaxSessionMinutes(maxMinutes);
            s.setNoSessionAlertDays(noSessionDays);
        }
        s.setAttendanceAlertDays(attendanceDays);
        CounsellingSettings saved = OptimisticLock.write("Counselling settings", () -> settings.saveAndFlush(s));
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "CounsellingSettings", saved.getId(), homeId,
                "Counselling settings " + (homeId == null ? "(default)" : "of home " + homeId), before, snapshot(saved));
        return saved;
    }

    private static Map<String, Object> snapshot(CounsellingSettings s) {
        return Map.of("dayStart", s.getDayStart().toString(), "dayEnd", s.getDayEnd().toString(),
                "maxSessionMinutes", s.getMaxSessionMinutes(), "noSessionAlertDays", s.getNoSessionAlertDays(),
                "attendanceAlertDays", s.getAttendanceAlertDays());
    }
}
