package org.aashray.medical.healthchecks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.alerts.AlertDefaults;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.DeclaredAlertRule;
import org.aashray.alerts.DueItem;
import org.aashray.base.i18n.DateFormats;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.Role;
import org.springframework.stereotype.Component;

/**
 * A new resident's admission health check not done by its due time (24 hours after admission by default, ADMIN's
 * health check timing): the medical officer is alerted until the check is recorded.
 */
@Component
class AdmissionHealthCheckDeadline extends DeclaredAlertRule {

    static final String KEY = "medical.admission-health-check";

    private final HealthCheckService checks;
    private final ResidentDirectory residents;

    AdmissionHealthCheckDeadline(HealthCheckService checks, ResidentDirectory residents) {
        super(KEY, "medical.alert.healthCheck", AlertSeverity.URGENT, Role.MEDICAL, AlertDefaults.daily(1));
        this.checks = checks;
        this.residents = residents;
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        List<HealthCheckDue> found = checks.healthChecksDueBy(horizon);
        Map<Long, String> cases = residents.caseNumbers(found.stream().map(HealthCheckDue::residentId).toList());
        return found.stream().map(c -> new DueItem("HealthCheck", c.checkId(), c.homeId(), c.dueOn(), "medical.alert.healthCheck.item",
                List.of(cases.getOrDefault(c.residentId(), ""), DateFormats.date(c.dueOn())), "resident/" + c.residentId(), c.residentId())).toList();
    }
}
