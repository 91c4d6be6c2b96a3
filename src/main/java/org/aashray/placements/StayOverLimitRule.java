package org.aashray.placements;

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
 * A stay reaches the stay limit of its home type (ADMIN's stay limits: transit and intermediate custody 10 days
 * by default): warn ahead, overdue once she is past it, until she moves on or leaves.
 */
@Component
class StayOverLimitRule extends DeclaredAlertRule {

    static final String KEY = "placements.stay-over-limit";

    private final PlacementDeadlines deadlines;
    private final ResidentDirectory residents;

    StayOverLimitRule(PlacementDeadlines deadlines, ResidentDirectory residents) {
        super(KEY, "placements.alert.stay", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(3));
        this.deadlines = deadlines;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<PlacementDue> found = deadlines.staysEndingBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(PlacementDue::residentId).toList());
        return found.stream().map(p -> new DueItem("Placement", p.id(), p.homeId(), p.dueOn(), "placements.alert.stay.item",
                List.of(cases.getOrDefault(p.residentId(), ""), p.dueOn().toString()), "resident/" + p.residentId())).toList();
    }
}
