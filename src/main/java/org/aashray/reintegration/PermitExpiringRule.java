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
 * The travel permit of an open repatriation runs out: warn ahead (the rule's lead time), overdue once it has
 * expired; it resolves when the permit is renewed or the repatriation is completed.
 */
@Component
class PermitExpiringRule extends DeclaredAlertRule {

    static final String KEY = "reintegration.permit-expiring";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    PermitExpiringRule(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.permit", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(30));
        this.due = due;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<org.aashray.reintegration.DueItem> found = due.permitsExpiringBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(org.aashray.reintegration.DueItem::residentId).toList());
        return found.stream().map(r -> new DueItem("Repatriation", r.id(), r.homeId(), r.dueOn(), "reintegration.alert.permit.item",
                List.of(cases.getOrDefault(r.residentId(), ""), r.dueOn().toString()), "resident/" + r.residentId())).toList();
    }
}
