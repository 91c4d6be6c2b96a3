package org.aashray.reintegration.repatriation;

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
 * The travel permit of an open repatriation runs out: warn ahead (the rule's lead time), overdue once it has
 * expired; it resolves when the permit is renewed or the repatriation is completed.
 */
@Component
class PermitExpiringDeadline extends DeclaredAlertRule {

    static final String KEY = "reintegration.permit-expiring";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    PermitExpiringDeadline(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.permit", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(30));
        this.due = due;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return DueAlerts.ofResidentsInCare(due.permitsExpiringBy(horizon), residents, "Repatriation",
                "reintegration.alert.permit.item");
    }
}
