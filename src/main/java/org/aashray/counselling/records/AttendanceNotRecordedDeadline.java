package org.aashray.counselling.records;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A session's attendance is still not recorded some days after it ended (the home's counselling settings, 2 days
 * by default): the counsellor is alerted until she records it.
 */
@Component
class AttendanceNotRecordedDeadline extends DeclaredAlertRule {

    static final String KEY = "counselling.attendance-not-recorded";

    private final SessionRecordService records;

    AttendanceNotRecordedDeadline(SessionRecordService records) {
        super(KEY, "counselling.alert.attendance", AlertSeverity.WARNING, Role.COUNSELLOR, AlertDefaults.daily(1));
        this.records = records;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return records.attendanceDueBy(horizon).stream()
                .map(s -> new DueItem("CounsellingSession", s.sessionId(), s.homeId(), s.dueOn(), "counselling.alert.attendance.item",
                        List.of(DateFormats.date(s.sessionOn())), "counselling"))
                .toList();
    }
}
