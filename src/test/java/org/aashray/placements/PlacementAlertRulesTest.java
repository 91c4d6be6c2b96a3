package org.aashray.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.placements.absences.AbsenceKind;
import org.aashray.placements.absences.AbsenceService;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stays past their home type's limit and absences past their expected return, as alerts. */
@AashrayIntegrationTest
class PlacementAlertRulesTest {

    static final String STAY = "placements.stay-over-limit";
    static final String ABSENCE = "placements.absence-return";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired PlacementService placements;
    @Autowired AbsenceService absences;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(STAY, ABSENCE);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void a_transit_stay_reaching_its_limit_alerts_the_care_manager_escalates_and_resolves_when_she_leaves() {
        var placed = fx.placedResident("SUN-T", "Alert Stay Kavita", 24, 8); // transit: 10 days by default
        PlacementRecord p = placed.placement();
        LocalDate end = p.expectedEnd();
        org.assertj.core.api.Assertions.assertThat(end).isEqualTo(today().plusDays(2));

        LocalDate escalated = probe.raisesThenEscalates(STAY, "Placement", p.id(), placed.resident().homeId(), Role.CARE_MANAGER,
                today(), end, "Kavita");
        PlacementRecord current = fx.currentPlacement(placed.resident().id());
        fx.as("caremanager", () -> placements.exit(ExitRequest.of(placed.resident().id(), current.id(), current.version(), today(),
                ExitReason.OTHER, "Partner shelter in Kolkata", null, "Moved to a partner shelter")));
        probe.resolvedByHerExit(STAY, "Placement", p.id(), escalated);
    }

    @Test
    void an_absence_past_its_expected_return_alerts_reception_escalates_and_resolves_when_the_return_is_recorded() {
        var placed = fx.placedResident("SUN-L", "Alert Absence Rupa");
        long id = placed.resident().id();
        LocalDate back = today().plusDays(1);
        fx.as("reception", () -> absences.startAbsence(id, AbsenceKind.HOSPITAL, today(), back, "District hospital"));
        Map<String, Object> absence = jdbc.queryForMap("select id, version from placement_absences where resident_id = ?", id);
        long absenceId = ((Number) absence.get("id")).longValue();

        LocalDate escalated = probe.raisesThenEscalates(ABSENCE, "Absence", absenceId, placed.resident().homeId(), Role.RECEPTION,
                today(), back, "Rupa");
        fx.as("reception", () -> absences.recordReturn(absenceId, ((Number) absence.get("version")).longValue(), today()));
        probe.resolvesOn(ABSENCE, "Absence", absenceId, escalated);
    }
}
