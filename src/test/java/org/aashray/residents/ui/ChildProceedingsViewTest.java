package org.aashray.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.LocalDate;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A child's CWC production and social investigation report on her legal tab, and ADMIN's child deadlines. */
@AashrayIntegrationTest
class ChildProceedingsViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired IntakeService intakes;

    @Test
    @WithUserDetails("caremanager")
    void the_care_manager_records_that_a_child_was_produced_before_the_cwc_on_her_legal_tab() {
        Intake in = new Intake();
        in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
        in.setName("Child Proceedings Munni");
        in.setApproximateAge(14);
        in.setOrigin("IN-WB");
        in.setTraffickingForm(TraffickingForm.LABOUR);
        in.setRescueDate(LocalDate.now());
        long child = SystemAuthentication.call(() -> intakes.admit(in)).id();
        try {
            navigate("resident/" + child, ResidentProfileView.class);
            find(TabSheet.class).id("profile-tabs").setSelectedIndex(3); // overview, identity, documents, legal
            DatePicker produced = find(DatePicker.class).id("legal-cwcProducedOn");
            assertThat(produced.getHelperText()).startsWith("Due by");
            test(produced).setValue(LocalDate.now().plusDays(1));
            test(find(Button.class).id("save-child-proceedings")).click();
            assertThat(produced.isInvalid()).as("a future date is refused next to the field").isTrue();
            test(produced).setValue(LocalDate.now());
            test(find(Button.class).id("save-child-proceedings")).click();
            assertThat(jdbc.queryForObject("select cwc_produced_on from residents where id = ?", LocalDate.class, child))
                    .isEqualTo(LocalDate.now());
        } finally {
            jdbc.update("update residents set cwc_produced_on = null where id = ?", child);
        }
    }

    @Test
    @WithUserDetails("admin")
    void admin_changes_the_child_deadlines_and_a_value_out_of_range_is_refused_next_to_the_field() {
        ChildDeadlinesView view = navigate(ChildDeadlinesView.class);
        assertThat(view.hours.getValue()).isEqualTo(24);
        test(view.sirDays).setValue(0);
        test(view.save).click();
        assertThat(view.sirDays.isInvalid()).isTrue();
        test(view.sirDays).setValue(20);
        test(view.save).click();
        assertThat(jdbc.queryForObject("select sir_days from resident_deadlines", Integer.class)).isEqualTo(20);
        test(view.sirDays).setValue(15);
        test(view.save).click();
        assertThat(jdbc.queryForObject("select sir_days from resident_deadlines", Integer.class)).isEqualTo(15);
    }
}
