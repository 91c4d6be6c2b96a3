package org.aashray.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The care manager answers another home's question on her screen, then records that her homes reviewed the return. */
@AashrayIntegrationTest
class ReturnsViewTest extends SpringBrowserlessTest {

    @Autowired IntakeService intakes;
    @Autowired RuleProbe probe;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp("residents.return-confirmation", "residents.possible-retrafficking");
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_confirms_a_return_asked_about_her_home_and_records_the_safety_review() {
        String earlier = jdbc.queryForObject("select case_number from residents where name = 'Mitali Sardar (demo)'"
                + " and status = 'EXITED'", String.class);
        ResidentSummary arrival = SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
            in.setName("Mitaly Sarder");
            in.setApproximateAge(22);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            in.setAdmittedOn(LocalDate.now());
            in.setEarlierCaseNumber(earlier);
            return intakes.admit(in);
        });

        ReturnsView view = navigate(ReturnsView.class);
        Div card = find(Div.class).withClassName("callout").all().stream()
                .filter(d -> d.getElement().getTextRecursively().contains(arrival.caseNumber())).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Mitaly Sarder", "Mitali Sardar (demo)", earlier);
        test(find(Button.class).withClassName("confirm-return").all().stream()
                .filter(b -> card.getElement().equals(b.getElement().getParent().getParent())).findFirst().orElseThrow()).click();

        assertThat(jdbc.queryForObject("select possible_retrafficking from residents where id = ?", Boolean.class, arrival.id()))
                .isTrue();
        assertThat(view.toReview.getElement().getTextRecursively()).contains(arrival.caseNumber(), earlier);
        Button reviewed = find(Button.class).withClassName("return-reviewed").all().stream()
                .filter(b -> b.getElement().getParent().getTextRecursively().contains(arrival.caseNumber())).findFirst().orElseThrow();
        test(reviewed).click();
        assertThat(jdbc.queryForMap("select reviewed_by_new_home, reviewed_by_earlier_home from resident_return_requests"
                + " where resident_id = ?", arrival.id())).doesNotContainValue(null);
        assertThat(view.toReview.getElement().getTextRecursively()).doesNotContain(arrival.caseNumber());
    }
}
