package org.aashray.careplans.plans;

import java.time.LocalDate;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.careplans.settings.CarePlanSettingsService;
import org.springframework.stereotype.Component;

/** Opens a resident's plan, due the home's configured days after her admission. */
@Component
public class CarePlanOpening {

    private final CarePlanRepository plans;
    private final CarePlanSettingsService settings;
    private final AuditLog audit;

    CarePlanOpening(CarePlanRepository plans, CarePlanSettingsService settings, AuditLog audit) {
        this.plans = plans;
        this.settings = settings;
        this.audit = audit;
    }

    public CarePlan open(long homeId, long residentId, String name, String caseNumber, LocalDate admittedOn) {
        CarePlan plan = plans.save(new CarePlan(homeId, residentId, name, caseNumber, admittedOn,
                admittedOn.plusDays(settings.effective(homeId).getDueDays())));
        audit.recordChange("CREATE", "CarePlan", plan.getId(), homeId, "Care plan due " + plan.getDueOn() + " for " + caseNumber,
                null, Map.of("dueOn", plan.getDueOn().toString()));
        return plan;
    }
}
