package org.aashray.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.visitors.VisitorRegister;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The residents feature answers other features: does any of these people or numbers match her no-contact list? */
@AashrayIntegrationTest
class NoContactCheckTest {

    @Autowired NoContactCheck noContact;
    @Autowired IntakeService intakes;
    @Autowired ResidentContactService contacts;
    @Autowired VisitorRegister visitors;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReintegrationFixtures fx;

    long resident(String name) {
        Intake in = new Intake();
        in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class));
        in.setName(name);
        in.setApproximateAge(22);
        in.setOrigin("IN-WB");
        in.setTraffickingForm(TraffickingForm.LABOUR);
        long id = intakes.admit(in).id();
        NoContact agent = new NoContact();
        agent.setPersonName("Ramesh Yadav");
        agent.setReason("Took her to the placement agency");
        contacts.addNoContact(id, agent);
        NoContact aunt = new NoContact();
        aunt.setPersonName("শবনম খাতুন");
        aunt.setPhone("+91 98300 12345");
        contacts.addNoContact(id, aunt);
        return id;
    }

    static Map<String, String> recorded(String... fieldAndText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldAndText.length; i += 2) m.put(fieldAndText[i], fieldAndText[i + 1]);
        return m;
    }

    @Test
    @WithUserDetails("caremanager")
    void names_match_across_scripts_and_spellings_and_numbers_inside_text_naming_the_entry_per_field() {
        long id = resident("No Contact Check Asha");

        assertThat(noContact.check(id, recorded("releasedTo", "रमेश यादव", "releasedToPhone", "",
                "destination", "Her aunt Shabnam Khatoon, Basirhat")))
                .containsExactly(new NoContactMatch("releasedTo", "Ramesh Yadav"), new NoContactMatch("destination", "শবনম খাতুন"));
        assertThat(noContact.check(id, recorded("peopleMet", "Mother; a neighbour who gave 098300-12345 to call")))
                .containsExactly(new NoContactMatch("peopleMet", "শবনম খাতুন"));
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where entity_type = 'NoContact' and entity_id = ?",
                Long.class, String.valueOf(id))).as("each match is a read of her list").isEqualTo(2);
    }

    @Test
    @WithUserDetails("caremanager")
    void part_of_a_name_another_person_or_another_number_is_no_match() {
        long id = resident("No Contact Check Mitali");

        assertThat(noContact.check(id, recorded("peopleMet", "Ramesh, her cousin", "contactPerson", "Ramesh Kumar",
                "releasedToPhone", "98300 12346", "destination", "Shabnam Das, Basirhat"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where entity_type = 'NoContact' and entity_id = ?",
                Long.class, String.valueOf(id))).isZero();
    }

    @Test
    @WithUserDetails("caremanager")
    void the_visitor_register_warns_about_what_blocks_an_exit() {
        long id = resident("No Contact Check Rina");

        assertThat(visitors.check(id, "রমেশ যাদব", null)).extracting(NoContact::getPersonName).containsExactly("Ramesh Yadav");
        assertThat(visitors.check(id, "Uncle", "+91 9830012345")).extracting(NoContact::getPersonName).containsExactly("শবনম খাতুন");
        assertThat(visitors.check(id, "Ramesh", null)).as("a first name alone still warns at the gate").hasSize(1);
    }

    @Test
    void only_staff_of_her_home_who_may_see_the_list_ask() {
        long id = fx.as("caremanager", () -> resident("No Contact Check Puja"));

        assertThatThrownBy(() -> fx.as("nadipur", () -> noContact.check(id, recorded("peopleMet", "Ramesh Yadav"))))
                .as("a care manager of another home").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("medical", () -> noContact.check(id, recorded("peopleMet", "Ramesh Yadav"))))
                .as("medical staff do not see the list").isInstanceOf(AccessDeniedException.class);
        assertThat(fx.as("counsellor", () -> noContact.check(id, recorded("peopleMet", "Ramesh Yadav")))).hasSize(1);
    }
}
