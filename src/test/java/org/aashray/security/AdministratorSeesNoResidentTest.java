package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.aashray.homes.BedService;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.ResidentDirectory;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LegacyAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 21, finding 2: an account that holds ADMIN passes no check on residents' records, whatever staff role or
 * home it kept from before the two were kept apart, while ADMIN's structure work (homes, beds, staff) goes on.
 */
@AashrayIntegrationTest
class AdministratorSeesNoResidentTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired LegacyAccounts legacy;
    @Autowired ResidentDirectory directory;
    @Autowired HealthCheckService healthChecks;
    @Autowired HomeService homes;
    @Autowired BedService beds;
    @Autowired HomeStaffDirectory staff;
    @Autowired JdbcTemplate jdbc;

    private long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    @Test
    void an_administrator_who_kept_a_care_managers_role_in_her_home_cannot_read_a_resident_of_it_by_id() {
        long her = fx.placedResident("SUN-T", "Admin Probe Sita", 24, 3).resident().id();
        legacy.combined("legacy.admin.cm", EnumSet.of(Role.ADMIN, Role.CARE_MANAGER, Role.MEDICAL), "SUN-T");

        assertThat(legacy.as("legacy.admin.cm", () -> directory.find(her))).isEmpty();
        assertThatThrownBy(() -> legacy.as("legacy.admin.cm", () -> directory.require(her)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legacy.as("legacy.admin.cm", () -> healthChecks.openHealthChecks(500))).isEmpty();
    }

    @Test
    void an_administrator_with_a_medical_role_in_another_district_neither_sees_nor_edits_its_health_checks() {
        long her = fx.placedResident("SUN-T", "Admin Probe Rani", 24, 3).resident().id();
        legacy.combined("legacy.admin.med", EnumSet.of(Role.ADMIN, Role.MEDICAL), "NAD-S");
        Map<String, Object> check = jdbc.queryForMap("select id, version from medical_health_checks where resident_id = ?", her);
        long checkId = ((Number) check.get("id")).longValue();
        long version = ((Number) check.get("version")).longValue();

        List<HealthCheckSummary> seen = legacy.as("legacy.admin.med", () -> healthChecks.openHealthChecks(500));
        assertThat(seen).as("health checks of homes she does not work in").isEmpty();
        assertThatThrownBy(() -> legacy.as("legacy.admin.med", () -> healthChecks.recordHealthCheck(checkId, version, "Seen")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select done_at is null from medical_health_checks where id = ?", Boolean.class, checkId))
                .as("nothing recorded").isTrue();
        assertThat(legacy.as("legacy.admin.med", () -> directory.find(her))).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void the_administrator_cannot_open_a_resident_but_still_manages_every_homes_structure() {
        long her = jdbc.queryForObject("select id from residents order by id limit 1", Long.class);
        assertThatThrownBy(() -> directory.find(her)).isInstanceOf(AccessDeniedException.class);

        long sunT = homeId("SUN-T");
        assertThat(homes.accessibleHomes()).extracting(HomeSummary::id)
                .containsAll(jdbc.queryForList("select id from homes", Long.class));
        assertThat(homes.summary(sunT).code()).isEqualTo("SUN-T");
        assertThat(beds.beds(sunT)).isNotEmpty();
        assertThat(beds.rooms(sunT)).isNotEmpty();
        assertThat(staff.staffOf(sunT)).extracting(HomeStaffDirectory.StaffMember::username).contains("caremanager");
        assertThat(staff.activeStaffByRole(sunT)).containsKey(Role.CARE_MANAGER);
    }
}
