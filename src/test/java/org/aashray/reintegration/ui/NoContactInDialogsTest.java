package org.aashray.reintegration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.placements.ui.BedBoardView;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpMode;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Whom she is released to, or whom a home verification or a follow-up met, is on her no-contact list: the dialog says so next to
 * the field, and offers the care manager, and only her, the override there; saved again, it goes through.
 */
@AashrayIntegrationTest
class NoContactInDialogsTest extends SpringBrowserlessTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ResidentContactService contacts;
    @Autowired VerificationService verifications;
    @Autowired FollowUpService followUps;
    @Autowired PlacementService placements;
    @Autowired CurrentHome currentHome;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    ReintegrationFixtures.Placed listed(String name) {
        ReintegrationFixtures.Placed placed = fx.placedResident("SUN-T", name);
        NoContact agent = new NoContact();
        agent.setPersonName("Ramesh Yadav");
        fx.as("caremanager", () -> contacts.addNoContact(placed.resident().id(), agent));
        return placed;
    }

    void confirm() {
        find(Button.class).all().stream().filter(b -> "confirm-action".equals(b.getId().orElse(null)))
                .filter(b -> b.findAncestor(Dialog.class) == null || b.findAncestor(Dialog.class).isOpened())
                .reduce((a, b) -> b).map(this::test).orElseThrow().click();
    }

    Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    TextField field(Dialog dialog, String label) {
        return find(TextField.class).from(dialog).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    void override(String reason) {
        test(find(TextArea.class).withId("no-contact-override-reason").single()).setValue(reason);
        test(button("no-contact-override-save")).click();
        confirm();
    }

    @Test
    @WithUserDetails("caremanager")
    @SuppressWarnings("unchecked")
    void an_exit_released_to_a_listed_person_is_refused_on_that_field_and_the_override_in_the_dialog_lets_it_through() {
        ReintegrationFixtures.Placed placed = listed("No Contact Dialog Asha");
        long id = placed.resident().id();
        currentHome.select(placed.resident().homeId());
        navigate(BedBoardView.class);
        test(button("bed-" + placed.placement().bedId())).click();
        test(button("action-exit")).click();
        Dialog exit = find(Dialog.class).withId("exit-dialog").single();
        test((Select<ExitReason>) find(Select.class).from(exit).single()).selectItem("Other");
        test(field(exit, "Where she goes (address or organisation)")).setValue("Basirhat");
        test(field(exit, "Note")).setValue("Released by the magistrate's order");
        TextField releasedTo = field(exit, "Released to (person)");
        test(releasedTo).setValue("रमेश यादव");
        test(button("exit-save")).click();
        confirm();

        assertThat(exit.isOpened()).isTrue();
        assertThat(releasedTo.isInvalid()).isTrue();
        assertThat(releasedTo.getErrorMessage()).contains("Ramesh Yadav").contains("no-contact list");
        test(find(Button.class).from(exit).withId("no-contact-exit-override").single()).click();
        override("The CWC made him her guardian; the DCPU checked his home");
        assertThat(find(Paragraph.class).withId("exit-refusal-lifted").single().isVisible()).isTrue();

        test(button("exit-save")).click();
        confirm();
        assertThat(exit.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select exit_released_to from placements where resident_id = ? and end_kind = 'EXIT'",
                String.class, id)).isEqualTo("रमेश यादव");
        assertThat(jdbc.queryForObject("select count(*) from reint_no_contact_overrides where resident_id = ? and used_at is not null",
                Long.class, id)).isEqualTo(1);
    }

    RecordVerificationDialog openRecordDialog(long residentId, HomeVerification v) {
        UI.getCurrent().navigate("resident/" + residentId, QueryParameters.fromString("tab=reintegration"));
        roundTrip(); // the tab sheet attaches the selected tab
        // what the verifications grid's "Record visit" opens (its cells are rendered in the browser only)
        RecordVerificationDialog dialog = new RecordVerificationDialog(verifications, v, () -> { });
        dialog.open();
        roundTrip();
        test(dialog.visitDate).setValue(LocalDate.now(clock));
        test(dialog.peopleMet).setValue("Mother and grandmother");
        dialog.involved.setValue(Boolean.FALSE);
        dialog.recommendation.setValue(Recommendation.SAFE);
        test(dialog.reasons).setValue("Family supportive");
        return dialog;
    }

    HomeVerification requested(long residentId, String contactPerson) {
        return fx.as("caremanager", () -> verifications.request(new VerificationRequest(residentId, DestinationKind.FAMILY,
                "Vill. Dhanpur", contactPerson, "counsellor", null, null)));
    }

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_sees_the_refusal_next_to_the_contact_person_and_is_told_to_ask_the_care_manager() {
        long id = listed("No Contact Dialog Mitali").resident().id();
        HomeVerification v = requested(id, "Ramesh Yadav");
        RecordVerificationDialog dialog = openRecordDialog(id, v);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.contactPerson.isInvalid()).isTrue();
        assertThat(dialog.contactPerson.getErrorMessage()).contains("Ramesh Yadav").contains("Ask the care manager");
        assertThat(find(Button.class).withId("verification-no-contact-override").all()).isEmpty();
    }

    @Test
    @WithUserDetails("caremanager")
    void the_care_manager_overrides_under_the_refused_field_and_the_verification_saves_again() {
        long id = listed("No Contact Dialog Rina").resident().id();
        HomeVerification v = requested(id, "Sunita Das");
        RecordVerificationDialog dialog = openRecordDialog(id, v);
        test(dialog.peopleMet).setValue("Mother; Ramesh Yadav came in later");
        test(dialog.save).click();

        assertThat(dialog.peopleMet.isInvalid()).isTrue();
        assertThat(dialog.peopleMet.getErrorMessage()).contains("Ramesh Yadav");
        test(button("verification-no-contact-override")).click();
        override("He is her maternal uncle of the same name, not the agent");
        assertThat(find(Paragraph.class).withId("verification-no-contact-done").single().isVisible()).isTrue();

        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select status from reint_verifications where id = ?", String.class, v.getId()))
                .isEqualTo("DONE");
    }

    @Test
    @WithUserDetails("caremanager")
    @SuppressWarnings("unchecked")
    void a_follow_up_that_met_a_listed_person_is_refused_under_people_met_and_saves_after_the_override() {
        ReintegrationFixtures.Placed placed = listed("No Contact Dialog Jharna");
        long id = placed.resident().id();
        PlacementRecord p = placed.placement();
        placements.exit(ExitRequest.of(id, p.id(), p.version(), LocalDate.now(clock), ExitReason.OTHER, "Vill. Dhanpur", null,
                "Released by the magistrate's order"));
        FollowUp first = followUps.ofResident(id).getFirst();
        UI.getCurrent().navigate("resident/" + id, QueryParameters.fromString("tab=reintegration"));
        roundTrip();
        // what the follow-ups grid's "Record" opens (its cells are rendered in the browser only)
        FollowUpDialog dialog = new FollowUpDialog(followUps, first, () -> { });
        dialog.open();
        roundTrip();
        test(find(DatePicker.class).withId("followup-date").single()).setValue(LocalDate.now(clock));
        ((Select<FollowUpMode>) find(Select.class).withId("followup-mode").single()).setValue(FollowUpMode.VISIT);
        test(find(TextArea.class).withId("followup-wellbeing").single()).setValue("Well, back at school");
        TextField met = find(TextField.class).withId("followup-peopleMet").single();
        test(met).setValue("Her mother; রমেশ যাদব was at the door");
        test(button("followup-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(met.isInvalid()).isTrue();
        assertThat(met.getErrorMessage()).contains("Ramesh Yadav");
        test(button("followup-no-contact-override")).click();
        override("He is a neighbour of the same name; the police checked");
        test(button("followup-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select status from reint_followups where id = ?", String.class, first.getId()))
                .isEqualTo("DONE");
    }
}
