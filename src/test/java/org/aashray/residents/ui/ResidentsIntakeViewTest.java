package org.aashray.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.aashray.residents.matching.ReturnConfirmations;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ResidentsIntakeViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReturnConfirmations confirmations;

    @Test
    @WithUserDetails("reception")
    void a_new_arrival_is_admitted_from_the_short_form_and_her_profile_opens() {
        IntakeView intake = navigate(IntakeView.class);
        test(intake.name).setValue("Browserless Arrival");
        test(intake.approximateAge).setValue(16);
        test(intake.origin).selectItem("Nepal");
        test(intake.traffickingForm).selectItem("Forced begging");
        test(intake.admit).click();

        assertThat(getCurrentView()).isInstanceOf(ResidentProfileView.class);
        ResidentProfileView profile = (ResidentProfileView) getCurrentView();
        assertThat(profile.resident.getName()).isEqualTo("Browserless Arrival");
        assertThat(profile.resident.isMinor()).as("an age under 18 ticks minor").isTrue();
        assertThat(profile.resident.getCaseNumber()).startsWith("SUN-T-");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where entity_type='Resident' and entity_id=?",
                Long.class, String.valueOf(profile.resident.getId()))).isEqualTo(1);
        assertThat(profile.getElement().getTextRecursively()).contains("No consent", "Placements", "Legal case");
    }

    @Test
    @WithUserDetails("reception")
    void missing_and_implausible_values_get_messages_next_to_their_fields_and_nothing_is_saved() {
        IntakeView intake = navigate(IntakeView.class);
        test(intake.approximateAge).setValue(130);
        long before = jdbc.queryForObject("select count(*) from residents", Long.class);
        test(intake.admit).click();

        assertThat(intake.name.isInvalid()).isTrue();
        assertThat(intake.name.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(intake.approximateAge.isInvalid()).isTrue();
        assertThat(intake.approximateAge.getErrorMessage()).contains("100");
        assertThat(intake.origin.isInvalid()).isTrue();
        assertThat(intake.traffickingForm.isInvalid()).isTrue();
        assertThat(intake.gender.isInvalid()).as("defaults are fine").isFalse();
        assertThat(getCurrentView()).isSameAs(intake);
        assertThat(jdbc.queryForObject("select count(*) from residents", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("reception")
    void a_returning_survivor_is_shown_by_home_and_years_only_and_admitting_her_asks_that_home_to_confirm() {
        String earlier = jdbc.queryForObject("select case_number from residents where name = 'Mitali Sardar (demo)'"
                + " and status = 'EXITED'", String.class);
        IntakeView intake = navigate(IntakeView.class);
        test(intake.name).setValue("Mitali Sardar");
        test(intake.approximateAge).setValue(22);
        test(intake.origin).selectItem("West Bengal");
        test(intake.traffickingForm).selectItem("Forced marriage / bride trafficking");

        Checkbox match = find(Checkbox.class).withClassName("match").all().stream()
                .filter(c -> c.getLabel().contains(earlier)).findFirst().orElseThrow();
        assertThat(match.getLabel()).contains("Ujala Long-term Home").doesNotContain("Mitali");
        test(match).click();
        test(intake.admit).click();

        ResidentProfileView profile = (ResidentProfileView) getCurrentView();
        assertThat(profile.resident.isPossibleRetrafficking()).as("only once the earlier home confirms").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from resident_return_requests q join residents e on e.id = q.earlier_stay_id"
                + " where q.resident_id = ? and e.case_number = ? and q.status = 'PENDING'", Long.class,
                profile.resident.getId(), earlier)).isEqualTo(1);
        // answered, so that no question stays open for other tests' alerts
        long request = jdbc.queryForObject("select id from resident_return_requests where resident_id = ?", Long.class,
                profile.resident.getId());
        SystemAuthentication.run(() -> confirmations.decline(request, 0, "Not her"));
    }
}
