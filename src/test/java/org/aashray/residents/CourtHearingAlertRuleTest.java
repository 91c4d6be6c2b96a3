package org.aashray.residents;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.casework.LegalCase;
import org.aashray.residents.casework.LegalCaseService;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AashrayIntegrationTest
class CourtHearingAlertRuleTest {

    static final String KEY = "residents.court-hearing";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired LegalCaseService legalCases;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    void a_hearing_in_the_next_7_days_alerts_the_care_manager_stays_open_until_the_next_date_is_recorded() {
        var placed = fx.placedResident("SUN-L", "Alert Hearing Lata");
        long id = placed.resident().id();
        LocalDate hearing = LocalDate.now(clock).plusDays(5);
        LegalCase legal = fx.as("caremanager", () -> legalCases.legalCase(id));
        legal.setCourt("Sessions Court, Sundarpur");
        legal.setNextHearing(hearing);
        LegalCase saved = fx.as("caremanager", () -> legalCases.saveLegalCase(id, legal));

        LocalDate escalated = probe.raisesThenEscalates(KEY, "LegalCase", id, placed.resident().homeId(), Role.CARE_MANAGER,
                LocalDate.now(clock), hearing, "Lata");
        saved.setNextHearing(hearing.plusDays(60));
        fx.as("caremanager", () -> legalCases.saveLegalCase(id, saved));
        probe.resolvesOn(KEY, "LegalCase", id, escalated);
    }
}
