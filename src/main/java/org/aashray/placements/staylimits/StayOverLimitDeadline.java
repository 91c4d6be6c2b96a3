package org.aashray.placements.staylimits;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.placements.internal.PlacementDue;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A stay reaches the stay limit of its home type (ADMIN's stay limits: transit and intermediate custody 10 days
 * by default): warn ahead, overdue once she is past it, until she moves on or leaves.
 */
@Component
class StayOverLimitDeadline extends DeclaredAlertRule {

    static final String KEY = "placements.stay-over-limit";

    private final StayLimitService stays;
    private final ResidentDirectory residents;

    StayOverLimitDeadline(StayLimitService stays, ResidentDirectory residents) {
        super(KEY, "placements.alert.stay", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(3));
        this.stays = stays;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<PlacementDue> found = stays.staysEndingBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(PlacementDue::residentId).toList());
        return found.stream().map(p -> new DueItem("Placement", p.id(), p.homeId(), p.dueOn(), "placements.alert.stay.item",
                List.of(cases.getOrDefault(p.residentId(), ""), DateFormats.date(p.dueOn())), "resident/" + p.residentId(), p.residentId())).toList();
    }
}
