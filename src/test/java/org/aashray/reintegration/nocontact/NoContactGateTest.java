package org.aashray.reintegration.nocontact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpMode;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpStatus;
import org.aashray.reintegration.followup.FollowUpVisit;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationStatus;
import org.aashray.reintegration.verification.VerificationVisit;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Her exit, a home verification and a follow-up are refused while whom they name is on her no-contact list, the
 * message next to the field; the care manager's override (audited, hers alone) lets the next save of that step through.
 */
@AashrayIntegrationTest
class NoContactGateTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ResidentContactService contacts;
    @Autowired PlacementService placements;
    @Autowired VerificationService verifications;
    @Autowired FollowUpService followUps;
    @Autowired NoContactGate gate;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A resident of SUN-L whose no-contact list holds the agent (in Latin letters) and an aunt (in Bengali, with a number). */
    long resident(String name) {
        long id = fx.placedResident("SUN-L", name).resident().id();
        NoContact agent = new NoContact();
        agent.setPersonName("Ramesh Yadav");
        agent.setReason("Sold her to the placement agency");
        NoContact aunt = new NoContact();
        aunt.setPersonName("শবনম খাতুন");
        aunt.setPhone("+91 98300 12345");
        fx.as("caremanager", () -> {
            contacts.addNoContact(id, agent);
            contacts.addNoContact(id, aunt);
        });
        return id;
    }

    ExitRequest exit(long residentId, String releasedTo, String phone, String destination) {
        PlacementRecord p = fx.currentPlacement(residentId);
        return ExitRequest.of(residentId, p.id(), p.version(), today(), ExitReason.OTHER, destination, null,
                "Released by the magistrate's order").withReleasedTo(releasedTo, phone);
    }

    static List<FieldError> errors(Throwable e) {
        return ((ValidationException) e).errors();
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    VerificationVisit visit(String peopleMet) {
        return new VerificationVisit(today(), peopleMet, "Mother and two sisters", "Mother sells vegetables", false, null,
                null, "Welcoming", "Village school", "None seen", Recommendation.SAFE, "Family supportive");
    }

    FollowUpVisit followUpVisit(String peopleMet) {
        return new FollowUpVisit(today(), FollowUpMode.VISIT, peopleMet, "Well, goes to the tailoring unit", null, null, null,
                null, false);
    }

    @Test
    void an_exit_released_to_a_listed_person_is_refused_next_to_each_field_that_names_one() {
        long id = resident("No Contact Exit Asha");

        assertThatThrownBy(() -> fx.as("caremanager", () -> placements.exit(exit(id, "रमेश यादव", "+91-98300-12345",
                "Aunt Shabnam Khatoon, Basirhat"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e)).extracting(FieldError::field, FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("releasedTo", NoContactGate.BLOCKED),
                                org.assertj.core.groups.Tuple.tuple("releasedToPhone", NoContactGate.BLOCKED),
                                org.assertj.core.groups.Tuple.tuple("destination", NoContactGate.BLOCKED)))
                .satisfies(e -> assertThat(errors(e)).filteredOn(err -> err.field().equals("releasedTo")).singleElement()
                        .satisfies(err -> assertThat(err.args()).containsExactly("Ramesh Yadav")));
        assertThat(count("select count(*) from placements where resident_id = ? and end_date is null", id))
                .as("nothing saved").isEqualTo(1);
    }

    @Test
    void the_care_managers_override_lets_the_exit_through_once_and_is_audited_without_the_listed_person() {
        long id = resident("No Contact Exit Mitali");
        assertThatThrownBy(() -> fx.as("reception", () -> gate.override(id, NoContactStep.EXIT, "She insists")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("counsellor", () -> gate.override(id, NoContactStep.EXIT, "She insists")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("nadipur", () -> gate.override(id, NoContactStep.EXIT, "Another home")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("caremanager", () -> gate.override(id, NoContactStep.EXIT, "  ")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e)).extracting(FieldError::field).containsExactly("overrideReason"));
        // an override of another step does not open the exit
        fx.as("caremanager", () -> verifications.overrideNoContact(id, "Verification only"));
        assertThatThrownBy(() -> fx.as("caremanager", () -> placements.exit(exit(id, "Ramesh Yadav", null, "Basirhat"))))
                .isInstanceOf(ValidationException.class);

        fx.as("caremanager", () -> gate.override(id, NoContactStep.EXIT,
                "The CWC heard him; he is her guardian under the order of 12/11"));
        fx.as("caremanager", () -> placements.exit(exit(id, "Ramesh Yadav", null, "Basirhat")));

        assertThat(jdbc.queryForObject("select exit_released_to from placements where resident_id = ? and end_kind = 'EXIT'",
                String.class, id)).isEqualTo("Ramesh Yadav");
        assertThat(count("select count(*) from reint_no_contact_overrides where resident_id = ? and step = 'EXIT' and used_at is not null",
                id)).isEqualTo(1);
        List<String> audited = jdbc.queryForList("select concat(action, ' ', coalesce(summary, ''), ' ', coalesce(after_state, ''))"
                + " from audit_events where entity_type = 'NoContactOverride' and home_id = ? and username = 'caremanager'"
                + " and summary like '%EXIT%' order by id", String.class, count("select home_id from residents where id = ?", id));
        assertThat(audited).hasSize(2);
        assertThat(audited.getFirst()).startsWith("OVERRIDE").contains("The CWC heard him");
        assertThat(audited.get(1)).startsWith("UPDATE").contains("used");
        assertThat(audited).noneMatch(a -> a.contains("Ramesh") || a.contains("খাতুন"));
    }

    @Test
    void absconding_a_death_and_an_exit_naming_nobody_listed_are_recorded_as_before() {
        long ran = resident("No Contact Absconded Rina");
        PlacementRecord p = fx.currentPlacement(ran);
        fx.as("reception", () -> placements.exit(new ExitRequest(ran, p.id(), p.version(), today(), ExitReason.ABSCONDED, null,
                null, null, today().atStartOfDay(), true, false, "SI Roy, Sundarpur PS", "Ramesh Yadav", null)));
        assertThat(count("select count(*) from placements where resident_id = ? and end_date is null", ran)).isZero();

        long safe = resident("No Contact Safe Puja");
        fx.as("caremanager", () -> placements.exit(exit(safe, "Sunita Das (mother)", "+91 94330 55555", "Vill. Dhanpur")));
        assertThat(jdbc.queryForMap("select exit_released_to, exit_released_to_phone from placements where resident_id = ?"
                + " and end_kind = 'EXIT'", safe)).containsEntry("exit_released_to", "Sunita Das (mother)")
                .containsEntry("exit_released_to_phone", "+91 94330 55555");
    }

    @Test
    void a_home_verification_meeting_a_listed_person_is_refused_until_the_care_manager_overrides_it_once() {
        long id = resident("No Contact Verification Salma");
        HomeVerification first = fx.as("caremanager", () -> verifications.request(new VerificationRequest(id,
                DestinationKind.FAMILY, "Vill. Dhanpur", "রমেশ যাদব", "counsellor", null, null)));
        HomeVerification second = fx.as("caremanager", () -> verifications.request(new VerificationRequest(id,
                DestinationKind.GUARDIAN, "Basirhat", "Sunita Das", "counsellor", null, null)));

        assertThatThrownBy(() -> fx.as("counsellor", () -> verifications.record(first.getId(), first.getVersion(),
                visit("Mother and grandmother"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e)).extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("contactPerson", NoContactGate.ASK_CARE_MANAGER)));
        assertThatThrownBy(() -> fx.as("counsellor", () -> verifications.record(second.getId(), second.getVersion(),
                visit("Mother; her aunt, who gave 9830012345 as her number"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e)).extracting(FieldError::field).containsExactly("peopleMet"));
        assertThatThrownBy(() -> fx.as("counsellor", () -> verifications.overrideNoContact(id, "I was there")))
                .isInstanceOf(AccessDeniedException.class);

        fx.as("caremanager", () -> verifications.overrideNoContact(id, "The contact person is her maternal uncle, not the agent"));
        fx.as("counsellor", () -> verifications.record(first.getId(), first.getVersion(), visit("Mother and grandmother")));
        assertThatThrownBy(() -> fx.as("counsellor", () -> verifications.record(second.getId(), second.getVersion(),
                visit("Mother; her aunt, who gave 9830012345 as her number"))))
                .as("the override was used up").isInstanceOf(ValidationException.class);
        fx.as("counsellor", () -> verifications.record(second.getId(), second.getVersion(), visit("Mother only")));

        assertThat(fx.as("caremanager", () -> verifications.ofResident(id))).extracting(HomeVerification::getStatus)
                .containsOnly(VerificationStatus.DONE);
        assertThat(count("select count(*) from reint_no_contact_overrides where resident_id = ? and step = 'VERIFICATION'"
                + " and used_at is not null", id)).isEqualTo(1);
    }

    @Test
    void a_follow_up_that_met_a_listed_person_is_refused_until_the_care_manager_overrides_it_once() {
        long id = resident("No Contact Follow-up Jharna");
        fx.as("caremanager", () -> placements.exit(exit(id, "Sunita Das", null, "Vill. Dhanpur")));
        List<FollowUp> open = fx.as("caremanager", () -> followUps.ofResident(id));
        FollowUp first = open.get(0);
        FollowUp second = open.get(1);

        assertThatThrownBy(() -> fx.as("counsellor", () -> followUps.record(first.getId(), first.getVersion(),
                followUpVisit("Mother, and Ramesh Yadav was in the house"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(errors(e)).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("peopleMet");
                    assertThat(err.messageKey()).isEqualTo(NoContactGate.ASK_CARE_MANAGER);
                    assertThat(err.args()).containsExactly("Ramesh Yadav");
                }));
        assertThatThrownBy(() -> fx.as("caremanager", () -> followUps.record(first.getId(), first.getVersion(),
                followUpVisit("Mother, and Ramesh Yadav was in the house"))))
                .satisfies(e -> assertThat(errors(e)).extracting(FieldError::messageKey).containsExactly(NoContactGate.BLOCKED));

        fx.as("caremanager", () -> followUps.overrideNoContact(id, "He is the neighbour; police informed, she is safe"));
        fx.as("counsellor", () -> followUps.record(first.getId(), first.getVersion(), followUpVisit("Mother, and Ramesh Yadav was in the house")));
        assertThatThrownBy(() -> fx.as("counsellor", () -> followUps.record(second.getId(), second.getVersion(),
                followUpVisit("Ramesh Yadav again"))))
                .as("the override was used up").isInstanceOf(ValidationException.class);
        fx.as("counsellor", () -> followUps.record(second.getId(), second.getVersion(), followUpVisit("Mother and sister")));

        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).filteredOn(f -> f.getStatus() == FollowUpStatus.DONE)
                .hasSize(2);
    }
}
