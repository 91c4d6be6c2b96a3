package org.aashray.careplans.plans;

import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.careplans.CarePlanDue;
import org.aashray.careplans.CarePlanService;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * The Individual Care Plan not agreed by its due date (30 days after admission by default) or its review past
 * due (every 90 days), both ADMIN's care plan timing: warn ahead, overdue after; it resolves when the plan is
 * agreed or reviewed.
 */
@Component
class CarePlanDueDeadline extends DeclaredAlertRule {

    static final String KEY = "careplans.care-plan-due";

    private final CarePlanService plans;

    CarePlanDueDeadline(CarePlanService plans) {
        super(KEY, "careplans.alert.due", AlertSeverity.WARNING, Role.CARE_MANAGER, AlertDefaults.daily(7));
        this.plans = plans;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return plans.dueBy(horizon).stream()
                .map(p -> p.kind() == CarePlanDue.Kind.PLAN
                        ? new DueItem("CarePlan", p.planId(), p.homeId(), p.date(), "careplans.alert.due.plan",
                                List.of(p.caseNumber(), DateFormats.date(p.date())), "resident/" + p.residentId(), p.residentId())
                        : new DueItem("CarePlanReview", p.planId(), p.homeId(), p.date(), "careplans.alert.due.review",
                                List.of(p.caseNumber(), DateFormats.date(p.date())), "resident/" + p.residentId(), p.residentId()))
                .toList();
    }
}
