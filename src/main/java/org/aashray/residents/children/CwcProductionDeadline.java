package org.aashray.residents.children;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A child rescued (when the rescue date is recorded) and not yet produced before the Child Welfare Committee
 * within 24 hours (JJ Act s.31; ADMIN's child deadlines): the care manager is alerted until the production is
 * recorded.
 */
@Component
class CwcProductionDeadline extends DeclaredAlertRule {

    static final String KEY = "residents.cwc-production";

    private final ChildProceedingsService children;

    CwcProductionDeadline(ChildProceedingsService children) {
        super(KEY, "residents.alert.cwc", AlertSeverity.URGENT, Role.CARE_MANAGER, AlertDefaults.daily(1));
        this.children = children;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return children.cwcProductionDueBy(horizon).stream()
                .map(c -> new DueItem("CwcProduction", c.residentId(), c.homeId(), c.from(), "residents.alert.cwc.item",
                        List.of(c.caseNumber(), DateFormats.date(c.from())), "resident/" + c.residentId(), c.residentId()))
                .toList();
    }
}
