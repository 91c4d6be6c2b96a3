package org.aashray.inspections.internal;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.AlertSubject;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.inspections.InspectionService;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * An action item an inspection asked for reaches its due date without the action taken being recorded: the care
 * manager is warned ahead and alerted when it is overdue (issue #10).
 */
@Component
class ActionItemOverdueDeadline extends DeclaredAlertRule {

    static final String KEY = "inspections.action-overdue";

    private final InspectionService inspections;

    ActionItemOverdueDeadline(InspectionService inspections) {
        super(KEY, "inspections.alert.action", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(7));
        this.inspections = inspections;
    }

    /** About the home's compliance, not a resident: ADMIN sees it too. */
    @Override
    public AlertSubject subject() {
        return AlertSubject.STRUCTURE;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return inspections.actionsDueBy(horizon).stream()
                .map(a -> new DueItem("InspectionAction", a.id(), a.homeId(), a.dueDate(), "inspections.alert.action.item",
                        List.of(DateFormats.date(a.dueDate())), "home-inspections"))
                .toList();
    }
}
