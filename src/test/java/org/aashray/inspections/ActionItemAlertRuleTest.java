package org.aashray.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class ActionItemAlertRuleTest {

    static final String KEY = "inspections.action-overdue";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired InspectionService inspections;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    void an_inspection_action_item_past_its_due_date_alerts_the_care_manager_escalates_and_resolves_once_action_is_recorded() {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class);
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        for (InspectionArea area : InspectionArea.values()) findings.add(new Finding(area, FindingRating.SATISFACTORY, null));
        InspectionRecord inspection = fx.as("official", () -> inspections.record(new NewInspection(home, today.minusDays(1), "Alert test DCPO",
                "ok", findings, List.of(new NewInspection.NewAction("Put up the helpline number at the gate", "Superintendent",
                today.plusDays(3))))));
        ActionItemRecord action = fx.as("caremanager", () -> inspections.actionItemsOf(inspection.id())).getFirst();

        LocalDate escalated = probe.raisesThenEscalates(KEY, "InspectionAction", action.id(), home, Role.CARE_MANAGER,
                today, action.dueDate(), null);
        fx.as("caremanager", () -> inspections.recordActionTaken(action.id(), action.version(), "Board put up on the gate"));
        probe.resolvesOn(KEY, "InspectionAction", action.id(), escalated);
    }
}
