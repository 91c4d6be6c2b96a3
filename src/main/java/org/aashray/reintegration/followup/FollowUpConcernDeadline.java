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
 * A follow-up found a safety concern or signs of re-trafficking: she must be re-referred (to the AHTU, the CWC)
 * at once, so the care manager is alerted on the day of the visit, without lead time. The alert stays until
 * the care manager records what was done about the concern. {@link ConcernAlertTrigger} runs this deadline as
 * soon as a concern is recorded, rather than at the next nightly run.
 */
@Component
class FollowUpConcernDeadline extends DeclaredAlertRule {

    static final String KEY = "reintegration.follow-up-concern";

    private final ReintegrationDueItems due;
    private final ResidentDirectory residents;

    FollowUpConcernDeadline(ReintegrationDueItems due, ResidentDirectory residents) {
        super(KEY, "reintegration.alert.concern", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(0));
        this.due = due;
        this.residents = residents;
    }

    /** Concerns not yet closed, due on the day of the visit that raised them. */
    /** Follow-ups are the work after she left: her exit leaves them open. */
    @Override
    public boolean outlivesExit() {
        return true;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return DueAlerts.of(due.openConcerns().stream().filter(c -> !c.dueOn().isAfter(horizon)).toList(), residents,
                "FollowUp", "reintegration.alert.concern.item", 0);
    }
}
