package org.aashray.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.visitors.VisitPurpose;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ResidentsVisitorRegisterTest extends SpringBrowserlessTest {

    @Autowired IntakeService intakes;
    @Autowired ResidentContactService contacts;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("reception")
    void a_visitor_on_her_no_contact_list_raises_a_prominent_warning_and_the_visit_is_recorded_with_it() {
        Intake in = new Intake();
        in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
        in.setName("Register Test Resident");
        in.setApproximateAge(20);
        in.setOrigin("NP");
        in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
        ResidentSummary resident = intakes.admit(in);
        NoContact harmful = new NoContact();
        harmful.setPersonName("Bablu Dalal");
        harmful.setReason("Sold her to the brothel.");
        contacts.addNoContact(resident.id(), harmful);

        VisitsView view = navigate(VisitsView.class);
        test(view.register).click();
        VisitDialog dialog = find(VisitDialog.class).single();
        dialog.resident.setValue(resident);
        test(dialog.visitorName).setValue("bablu dalal");
        test(dialog.relation).setValue("Uncle");
        dialog.check();

        assertThat(dialog.warning.isVisible()).isTrue();
        assertThat(dialog.warning.getElement().getTextRecursively()).contains("WARNING", "Bablu Dalal", "Sold her");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select no_contact_match from visits where resident_id = ?", Boolean.class,
                resident.id())).isTrue();
    }

    @Test
    @WithUserDetails("reception")
    void a_police_visit_needs_the_officer_and_the_station_next_to_their_fields() {
        VisitsView view = navigate(VisitsView.class);
        test(view.register).click();
        VisitDialog dialog = find(VisitDialog.class).single();
        test(dialog.purpose).selectItem("Police");
        assertThat(dialog.officerName.isVisible()).isTrue();
        test(dialog.visitorName).setValue("<script>alert(1)</script>");
        test(dialog.save).click();
        assertThat(dialog.resident.isInvalid()).isTrue();
        assertThat(dialog.officerName.isInvalid()).isTrue();
        assertThat(dialog.policeStation.isInvalid()).isTrue();
        assertThat(dialog.relation.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(dialog.purpose.getValue()).isEqualTo(VisitPurpose.POLICE);
        assertThat(dialog.isOpened()).isTrue();
    }
}
