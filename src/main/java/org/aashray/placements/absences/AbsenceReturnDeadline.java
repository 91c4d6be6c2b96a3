package org.aashray.placements.absences;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A resident away (hospital, court, home visit) has not come back by her expected return date: reception checks
 * on her, until the return is recorded.
 */
@Component
class AbsenceReturnDeadline extends DeclaredAlertRule {

    static final String KEY = "placements.absence-return";

    private final AbsenceService absences;
    private final ResidentDirectory residents;

    AbsenceReturnDeadline(AbsenceService absences, ResidentDirectory residents) {
        super(KEY, "placements.alert.absence", AlertSeverity.URGENT, Role.RECEPTION, AlertDefaults.daily(1));
        this.absences = absences;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<PlacementDue> due = absences.absencesDueBackBy(horizon);
        // she left care: nobody in the home can act on it
        Set<Long> inCare = residents.currentHomes(due.stream().map(PlacementDue::residentId).toList()).keySet();
        List<PlacementDue> found = due.stream().filter(d -> inCare.contains(d.residentId())).toList();
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(PlacementDue::residentId).toList());
        return found.stream().map(a -> new DueItem("Absence", a.id(), a.homeId(), a.dueOn(), "placements.alert.absence.item",
                List.of(cases.getOrDefault(a.residentId(), ""), DateFormats.date(a.dueOn())), "resident/" + a.residentId(), a.residentId())).toList();
    }
}
