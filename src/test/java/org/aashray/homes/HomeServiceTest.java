package org.aashray.homes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.homes.internal.HomeChecks;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class HomeServiceTest {

    @Autowired HomeService homes;
    @Autowired BedService beds;
    @Autowired JdbcTemplate jdbc;

    private HomeDetails newHome(String code, HomeType type) {
        HomeDetails home = new HomeDetails();
        home.setDistrict(homes.districts().getFirst());
        home.setCode(code);
        home.setName("Test home " + code);
        home.setType(type);
        home.setServes(ServedGroup.WOMEN);
        home.setAddress("1 Test Lane");
        return home;
    }

    @Test
    @WithUserDetails("admin")
    void a_valid_home_is_saved_read_back_and_audited() {
        HomeDetails home = newHome("TST-T", HomeType.TRANSIT);
        home.setLicenceNumber("LIC-1");
        home.setLicenceExpiry(LocalDate.of(2027, 3, 31));
        long id = homes.save(home).getId();
        HomeDetails read = homes.getForEdit(id);
        assertThat(read.getName()).isEqualTo("Test home TST-T");
        assertThat(read.getLicenceExpiry()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(jdbc.queryForObject("select after_state from audit_events where entity_type='Home' and entity_id=?",
                String.class, String.valueOf(id))).contains("\"code\":\"TST-T\"");
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        HomeDetails home = newHome("kol", HomeType.TRANSIT);
        home.setName(" ");
        home.setContactPhone("call me");
        home.setLicenceNumber("LIC-2");
        long before = jdbc.queryForObject("select count(*) from homes", Long.class);
        assertThatThrownBy(() -> homes.save(home)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("name", "code", "contactPhone", "licenceExpiry"));
        assertThat(jdbc.queryForObject("select count(*) from homes", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_licence_expiry_decades_away_is_refused_next_to_its_field() {
        for (LocalDate slip : List.of(LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1),
                LocalDate.now().plusYears(HomeChecks.LICENCE_YEARS + 1))) {
            HomeDetails home = newHome("LIC-T", HomeType.TRANSIT);
            home.setLicenceNumber("LIC-3");
            home.setLicenceExpiry(slip);
            assertThatThrownBy(() -> homes.save(home)).as(slip.toString()).isInstanceOfSatisfying(ValidationException.class, e ->
                    assertThat(e.errors()).extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("licenceExpiry", "validation.dateRange")));
        }
        assertThat(jdbc.queryForObject("select count(*) from homes where code = 'LIC-T'", Long.class)).isZero();
    }

    @Test
    @WithUserDetails("admin")
    void the_code_letter_must_match_the_type_and_codes_are_unique() {
        assertThatThrownBy(() -> homes.save(newHome("TSX-L", HomeType.TRANSIT)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().getFirst().messageKey()).isEqualTo("homes.validation.codeLetter"));
        assertThatThrownBy(() -> homes.save(newHome("SUN-T", HomeType.TRANSIT)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().getFirst().messageKey()).isEqualTo("homes.validation.codeTaken"));
    }

    @Test
    @WithUserDetails("admin")
    void two_people_editing_one_home_get_a_conflict_instead_of_a_silent_overwrite() {
        long id = homes.save(newHome("CON-S", HomeType.SHORT_TERM)).getId();
        HomeDetails first = homes.getForEdit(id);
        HomeDetails second = homes.getForEdit(id);
        first.setName("First name");
        homes.save(first);
        second.setName("Second name");
        assertThatThrownBy(() -> homes.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(homes.getForEdit(id).getName()).isEqualTo("First name");
    }

    @Test
    @WithUserDetails("admin")
    void capacity_is_the_number_of_beds_in_service() {
        long id = homes.save(newHome("CAP-L", HomeType.LONG_TERM)).getId();
        RoomSummary room = beds.addRoom(id, "Dorm 1");
        var added = beds.addBeds(room.id(), "D", 5);
        beds.setStatus(added.getFirst().id(), added.getFirst().version(), BedStatus.OUT_OF_SERVICE);
        assertThat(homes.summary(id).capacity()).isEqualTo(4);
        assertThat(beds.beds(id)).extracting(BedSummary::label).containsExactly("D1", "D2", "D3", "D4", "D5");
        assertThatThrownBy(() -> beds.addRoom(id, "Dorm 1")).isInstanceOf(ValidationException.class);
    }

    @Test
    @WithUserDetails("reception")
    void staff_see_only_their_own_homes_and_cannot_open_another_homes_beds_even_by_id() {
        assertThat(homes.accessibleHomes()).extracting(HomeSummary::code).containsExactlyInAnyOrder("SUN-T", "SUN-L");
        long otherHome = jdbc.queryForObject("select id from homes where code='NAD-T'", Long.class);
        assertThatThrownBy(() -> beds.beds(otherHome)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homes.summary(otherHome)).isInstanceOf(AccessDeniedException.class);
        long mine = jdbc.queryForObject("select id from homes where code='SUN-T'", Long.class);
        assertThat(homes.summaries(List.of(mine))).extracting(HomeSummary::code).containsExactly("SUN-T");
        // one foreign home among her own refuses the whole answer
        assertThatThrownBy(() -> homes.summaries(List.of(mine, otherHome))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> homes.save(newHome("REC-T", HomeType.TRANSIT))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("official")
    void a_district_official_sees_the_homes_of_her_district_only() {
        assertThat(homes.accessibleHomes()).extracting(HomeSummary::code)
                .containsExactlyInAnyOrder("SUN-T", "SUN-S", "SUN-L", "SUN-C");
        List<Long> hers = homes.accessibleHomes().stream().map(HomeSummary::id).toList();
        assertThat(homes.summaries(hers)).hasSize(4);
        long otherDistrict = jdbc.queryForObject("select id from homes where code='NAD-T'", Long.class);
        assertThatThrownBy(() -> homes.summaries(List.of(otherDistrict))).isInstanceOf(AccessDeniedException.class);
    }
}
