package org.aashray.reintegration.verification;

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
 * A home verification requested and not recorded by its due date (15 days after the request by default, ADMIN's
 * reintegration settings): the care manager chases the assignee.
 */
@Component
class VerificationOverdueDeadline extends DeclaredAlertRule {

    static final String KEY = "reintegration.verification-overdue";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    VerificationOverdueDeadline(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.verification", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(3));
        this.due = due;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return DueAlerts.ofResidentsInCare(due.verificationsDueBy(horizon), residents, "HomeVerification",
                "reintegration.alert.verification.item");
    }
}
