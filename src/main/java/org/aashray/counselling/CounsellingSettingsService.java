package org.aashray.counselling;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working hours, maximum session length and the "no session for N days" limit: data an ADMIN edits. */
@Service
public class CounsellingSettingsService {

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
        List<FieldError> errors = new ArrayList<>();
        if (attendanceDays < 1 || attendanceDays > 60) errors.add(new FieldError("attendanceDays", "counselling.validation.range", 1, 60));
        if (dayStart == null) errors.add(new FieldError("dayStart", "counselling.validation.required"));
        if (dayEnd == null) errors.add(new FieldError("dayEnd", "counselling.validation.required"));
        if (dayStart != null && dayEnd != null && !dayEnd.isAfter(dayStart)) errors.add(new FieldError("dayEnd", "counselling.validation.endBeforeStart"));
        if (maxMinutes < 15 || maxMinutes > 720) errors.add(new FieldError("maxMinutes", "counselling.validation.range", 15, 720));
        if (noSessionDays < 1 || noSessionDays > 365) errors.add(new FieldError("noSessionDays", "counselling.validation.range", 1, 365));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        CounsellingSettings s = (homeId == null ? settings.findDefault() : settings.findByHomeId(homeId)).orElse(null);
        Map<String, Object> before = s == null ? null : snapshot(s);
        if (s == null) {
            s = new CounsellingSettings(homeId, dayStart, dayEnd, maxMinutes, noSessionDays);
            s.setAttendanceAlertDays(attendanceDays);
        } else {
            if (s.getVersion() != version) throw new ConcurrentEditException("Counselling settings", null);
            s.setDayStart(dayStart);
            s.setDayEnd(dayEnd);
            s.setMaxSessionMinutes(maxMinutes);
            s.setNoSessionAlertDays(noSessionDays);
            s.setAttendanceAlertDays(attendanceDays);
        }
        try {
            s = settings.saveAndFlush(s);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Counselling settings", e);
        }
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "CounsellingSettings", s.getId(), homeId,
                "Counselling settings " + (homeId == null ? "(default)" : "of home " + homeId), before, snapshot(s));
        return s;
    }

    private static Map<String, Object> snapshot(CounsellingSettings s) {
        return Map.of("dayStart", s.getDayStart().toString(), "dayEnd", s.getDayEnd().toString(),
                "maxSessionMinutes", s.getMaxSessionMinutes(), "noSessionAlertDays", s.getNoSessionAlertDays(),
                "attendanceAlertDays", s.getAttendanceAlertDays());
    }
}
