package org.aashray.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DueItem;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A follow-up after exit: the alert warns ahead of the follow-up's date and is overdue once the grace period
 * (ADMIN's reintegration settings, 7 days by default) has passed without it being recorded or closed. Missed
 * follow-ups escalate to the care manager and then the district.
 */
@Component
class FollowUpRule extends DeclaredAlertRule {

    static final String KEY = "reintegration.follow-up";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    FollowUpRule(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.followUp", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(14));
        this.due = due;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        int grace = due.followUpGraceDays();
        List<org.aashray.reintegration.DueItem> found = due.followUpsLateBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(org.aashray.reintegration.DueItem::residentId).toList());
        return found.stream().map(f -> new DueItem("FollowUp", f.id(), f.homeId(), f.dueOn().plusDays(grace), "reintegration.alert.followUp.item",
                List.of(cases.getOrDefault(f.residentId(), ""), f.dueOn().toString()), "resident/" + f.residentId())).toList();
    }
}
