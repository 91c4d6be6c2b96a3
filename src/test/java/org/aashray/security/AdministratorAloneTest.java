package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LegacyAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 21, finding 2: ADMIN manages structure, never survivors, so an account cannot be ADMIN and a staff role
 * or district official at once; the refusal stands next to the roles field, and nothing is saved.
 */
@AashrayIntegrationTest
class AdministratorAloneTest {

    @Autowired UserAdminService users;
    @Autowired LegacyAccounts legacy;
    @Autowired JdbcTemplate jdbc;

    private long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    private long districtOf(String homeCode) {
        return jdbc.queryForObject("select district_id from homes where code = ?", Long.class, homeCode);
    }

    private int accounts() {
        return jdbc.queryForObject("select count(*) from user_accounts", Integer.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_account_with_admin_and_a_staff_role_or_the_officials_role_is_refused_next_to_the_roles() {
        int before = accounts();
        assertThatThrownBy(() -> users.create(new NewStaffAccount("admin.medical", "Admin Medical",
                EnumSet.of(Role.ADMIN, Role.MEDICAL), Set.of(homeId("SUN-T")), Set.of(), "en", "a long temporary pass")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("roles", "security.user.roles.adminAlone")));
        assertThatThrownBy(() -> users.create(new NewStaffAccount("admin.official", "Admin Official",
                EnumSet.of(Role.ADMIN, Role.DISTRICT_OFFICIAL), Set.of(), Set.of(districtOf("SUN-T")), "en",
                "a long temporary pass")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("roles", "districtIds"));
        assertThatThrownBy(() -> users.create(new NewStaffAccount("admin.homes", "Admin Homes", EnumSet.of(Role.ADMIN),
                Set.of(homeId("SUN-T")), Set.of(), "en", "a long temporary pass")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("homeIds", "security.user.homes.notForAdmin")));
        assertThat(accounts()).as("nothing saved").isEqualTo(before);

        StaffAccount alone = users.create(new NewStaffAccount("second.admin", "Second Admin", EnumSet.of(Role.ADMIN),
                Set.of(), Set.of(), "en", "a long temporary pass"));
        assertThat(alone.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    @WithUserDetails("admin")
    void an_edit_that_gives_an_administrator_a_staff_role_or_a_staff_member_admin_is_refused_and_changes_nothing() {
        StaffAccount nurse = users.create(new NewStaffAccount("nurse.promoted", "Nurse Promoted", EnumSet.of(Role.MEDICAL),
                Set.of(homeId("SUN-T")), Set.of(), "en", "a long temporary pass"));
        assertThatThrownBy(() -> users.update(new StaffAccount(nurse.id(), nurse.username(), nurse.displayName(),
                EnumSet.of(Role.MEDICAL, Role.ADMIN), nurse.homeIds(), nurse.districtIds(), true, null, "en", nurse.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::messageKey).contains("security.user.roles.adminAlone"));
        assertThat(jdbc.queryForList("select role from user_roles where user_id = ?", String.class, nurse.id()))
                .containsExactly("MEDICAL");

        long adminId = jdbc.queryForObject("select id from user_accounts where username = 'admin'", Long.class);
        StaffAccount admin = users.list("admin", org.springframework.data.domain.Pageable.ofSize(50)).stream()
                .filter(a -> a.id() == adminId).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.update(new StaffAccount(admin.id(), admin.username(), admin.displayName(),
                EnumSet.of(Role.ADMIN, Role.CARE_MANAGER), Set.of(homeId("SUN-T")), Set.of(), true, null, "en", admin.version())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactlyInAnyOrder("roles", "homeIds"));
        assertThat(jdbc.queryForList("select role from user_roles where user_id = ?", String.class, adminId))
                .containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("select count(*) from user_homes where user_id = ?", Integer.class, adminId)).isZero();
    }

    @Test
    void the_migration_leaves_an_account_that_combined_them_with_admin_alone_and_says_so_in_the_audit_trail() {
        long id = legacy.combined("legacy.both", EnumSet.of(Role.ADMIN, Role.MEDICAL), "SUN-T", "SUN-L");
        long staffOnly = legacy.combined("legacy.nurse", EnumSet.of(Role.MEDICAL), "SUN-T");
        long version = jdbc.queryForObject("select version from user_accounts where id = ?", Long.class, id);

        jdbc.execute((ConnectionCallback<Void>) c -> {
            ScriptUtils.executeSqlScript(c, new FileSystemResource(Path.of("db-migrations", "V140__admin_holds_no_staff_role.sql")));
            return null;
        });

        assertThat(jdbc.queryForList("select role from user_roles where user_id = ?", String.class, id)).containsExactly("ADMIN");
        assertThat(jdbc.queryForObject("select count(*) from user_homes where user_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select version from user_accounts where id = ?", Long.class, id)).isEqualTo(version + 1);
        assertThat(jdbc.queryForList("select role from user_roles where user_id = ?", String.class, staffOnly))
                .as("an account without ADMIN keeps its role").containsExactly("MEDICAL");
        assertThat(jdbc.queryForList("select before_state from audit_events where entity_type = 'UserAccount' and entity_id = ?"
                + " and username = 'system'", String.class, String.valueOf(id)))
                .singleElement().asString().contains("ADMIN, MEDICAL");
    }
}
