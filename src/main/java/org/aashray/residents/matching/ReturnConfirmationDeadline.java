package org.aashray.residents.matching;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * Another home asks whether a woman who arrived there stayed here before: the earlier home's care manager is
 * alerted on the day, and the alert goes when she confirms or declines. The item names the case number of the
 * earlier stay, never a name.
 */
@Component
class ReturnConfirmationDeadline extends DeclaredAlertRule {

    static final String KEY = "residents.return-confirmation";

    private final ReturnRequestRepository requests;

    ReturnConfirmationDeadline(ReturnRequestRepository requests) {
        super(KEY, "residents.alert.returnConfirmation", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(0));
        this.requests = requests;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<Object[]> pending = requests.pending().stream().filter(row -> !((ReturnRequest) row[0]).getAskedOn().isAfter(horizon))
                .toList();
        return pending.stream().map(row -> {
            ReturnRequest q = (ReturnRequest) row[0];
            return new DueItem("ReturnRequest", q.getId(), (Long) row[2], q.getAskedOn(), "residents.alert.returnConfirmation.item",
                    List.of((String) row[4]), "residents/returns");
        }).toList();
    }
}
