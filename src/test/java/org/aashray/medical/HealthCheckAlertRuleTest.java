package org.aashray.medical;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AashrayIntegrationTest
class HealthCheckAlertRuleTest {

    static final String KEY = "medical.admission-health-check";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired MedicalService medical;
    @Autowired HealthCheckService checks;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    void an_admission_health_check_not_done_alerts_the_medical_officer_escalates_and_resolves_once_recorded() {
        var placed = fx.placedResident("SUN-T", "Alert Health Sunita", 24, 3);
        HealthCheckSummary check = fx.as("medical", () -> checks.healthChecks(placed.resident().id())).getFirst();
        LocalDate due = check.dueAt().toLocalDate();

        LocalDate escalated = probe.raisesThenEscalates(KEY, "HealthCheck", check.id(), placed.resident().homeId(), Role.MEDICAL,
                due, due, "Sunita");
        fx.as("medical", () -> checks.recordHealthCheck(check.id(), check.version(), "Well; no injuries; vaccinations due"));
        probe.resolvesOn(KEY, "HealthCheck", check.id(), escalated);
    }
}
