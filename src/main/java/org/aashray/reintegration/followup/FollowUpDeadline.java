package org.aashray.reintegration.followup;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.reintegration.internal.DueAlerts;
import org.aashray.reintegration.internal.ReintegrationDueItems;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A follow-up after exit: the alert warns ahead of the follow-up's date and is overdue once the grace period
 * (ADMIN's reintegration settings, 7 days by default) has passed without it being recorded or closed. Missed
 * follow-ups escalate to the care manager and then the district.
 */
@Component
class FollowUpDeadline extends DeclaredAlertRule {

    static final String KEY = "reintegration.follow-up";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    FollowUpDeadline(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.followUp", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(14));
        this.due = due;
        this.residents = residents;
    }

    /** Follow-ups are the work after she left: her exit leaves them open. */
    @Override
    public boolean outlivesExit() {
        return true;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return DueAlerts.of(due.followUpsLateBy(horizon), residents, "FollowUp", "reintegration.alert.followUp.item",
                due.followUpGraceDays());
    }
}
