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
 * A home verification requested and not recorded by its due date (15 days after the request by default, ADMIN's
 * reintegration settings): the care manager chases the assignee.
 */
@Component
class VerificationOverdueRule extends DeclaredAlertRule {

    static final String KEY = "reintegration.verification-overdue";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    VerificationOverdueRule(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.verification", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(3));
        this.due = due;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<org.aashray.reintegration.DueItem> found = due.verificationsDueBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(org.aashray.reintegration.DueItem::residentId).toList());
        return found.stream().map(v -> new DueItem("HomeVerification", v.id(), v.homeId(), v.dueOn(), "reintegration.alert.verification.item",
                List.of(cases.getOrDefault(v.residentId(), ""), v.dueOn().toString()), "resident/" + v.residentId())).toList();
    }
}
