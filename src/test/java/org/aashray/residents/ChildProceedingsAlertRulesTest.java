package org.aashray.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.base.ValidationException;
import org.aashray.residents.children.ChildProceedings;
import org.aashray.residents.children.ChildProceedingsService;
import org.aashray.residents.children.ResidentDeadlines;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A child's production before the CWC (24 hours) and her social investigation report (15 days), as alerts. */
@AashrayIntegrationTest
class ChildProceedingsAlertRulesTest {

    static final String CWC = "residents.cwc-production";
    static final String SIR = "residents.social-investigation";

    @Autowired RuleProbe probe;
    @Autowired IntakeService intakes;
    @Autowired ChildProceedingsService children;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(CWC, SIR);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ResidentSummary child(String name, LocalDate admitted, LocalDate rescued) {
        Intake in = new Intake();
        in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
        in.setName(name);
        in.setApproximateAge(15);
        in.setOrigin("IN-WB");
        in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
        in.setAdmittedOn(admitted);
        in.setRescueDate(rescued);
        return SystemAuthentication.call(() -> intakes.admit(in));
    }

    @Test
    void a_child_rescued_yesterday_and_not_produced_before_the_cwc_alerts_the_care_manager_until_the_production_is_recorded() {
        ResidentSummary r = child("Alert CWC Pinky", today().minusDays(1), today().minusDays(1));
        LocalDate due = today(); // 24 hours after the rescue day

        LocalDate escalated = probe.raisesThenEscalates(CWC, "CwcProduction", r.id(), r.homeId(), Role.CARE_MANAGER, today(), due,
                "Pinky");
        assertThatThrownBy(() -> SystemAuthentication.call(() -> children.record(r.id(), today().plusDays(1), null)))
                .isInstanceOf(ValidationException.class);
        SystemAuthentication.call(() -> children.record(r.id(), today(), null));
        probe.resolvesOn(CWC, "CwcProduction", r.id(), escalated);
        assertThat(SystemAuthentication.call(() -> children.of(r.id())).cwcProducedOn()).isEqualTo(today());
    }

    @Test
    void a_childs_social_investigation_report_due_15_days_after_admission_alerts_the_counsellor_until_it_is_submitted() {
        ResidentSummary r = child("Alert SIR Dolly", today().minusDays(13), null); // no rescue date recorded: no CWC alert
        LocalDate due = today().plusDays(2);

        LocalDate escalated = probe.raisesThenEscalates(SIR, "SocialInvestigation", r.id(), r.homeId(), Role.COUNSELLOR, today(), due,
                "Dolly");
        assertThat(probe.open(CWC, "CwcProduction", r.id())).isEmpty();
        SystemAuthentication.call(() -> children.record(r.id(), null, today()));
        probe.resolvesOn(SIR, "SocialInvestigation", r.id(), escalated);
    }

    @Test
    void the_deadlines_are_admins_data_and_move_the_due_dates() {
        ResidentDeadlines d = SystemAuthentication.call(() -> children.deadlines());
        assertThatThrownBy(() -> SystemAuthentication.call(() -> children.saveDeadlines(d.getVersion(), 0, 15)))
                .isInstanceOf(ValidationException.class);
        ResidentDeadlines longer = SystemAuthentication.call(() -> children.saveDeadlines(d.getVersion(), 48, 20));
        try {
            ResidentSummary r = child("Alert Deadline Rani", today().minusDays(1), today().minusDays(1));
            ChildProceedings p = SystemAuthentication.call(() -> children.of(r.id()));
            assertThat(p.cwcDueOn()).isEqualTo(today().plusDays(1));
            assertThat(p.sirDueOn()).isEqualTo(today().plusDays(19));
        } finally {
            SystemAuthentication.call(() -> children.saveDeadlines(longer.getVersion(), 24, 15));
        }
    }
}
