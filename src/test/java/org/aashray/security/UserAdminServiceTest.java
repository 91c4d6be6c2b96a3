package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class UserAdminServiceTest {

    @Autowired UserAdminService users;
    @Autowired SessionRegistry sessionRegistry;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    @Test
    @WithUserDetails("admin")
    void admin_creates_an_account_that_must_change_its_password_and_the_change_is_audited() {
        StaffAccount created = users.create(new NewStaffAccount("priya.das", "Priya Das", EnumSet.of(Role.COUNSELLOR),
                Set.of(homeId("SUN-T")), Set.of(), "hi", "a long temporary pass"));
        assertThat(jdbc.queryForObject("select must_change_password from user_accounts where id = ?", Boolean.class, created.id())).isTrue();
        assertThat(jdbc.queryForObject("select language from user_accounts where id = ?", String.class, created.id())).isEqualTo("hi");
        assertThat(jdbc.queryForObject("select password_hash from user_accounts where id = ?", String.class, created.id()))
                .startsWith("$2").doesNotContain("temporary");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type='UserAccount' and entity_id=? and username='admin'",
                Integer.class, String.valueOf(created.id()))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void bad_input_names_every_field_and_saves_nothing() {
        long before = jdbc.queryForObject("select count(*) from user_accounts", Long.class);
        assertThatThrownBy(() -> users.create(new NewStaffAccount("Bad Name!", " ", EnumSet.of(Role.RECEPTION),
                Set.of(), Set.of(), "en", "short")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("username", "displayName", "homeIds", "password"));
        assertThat(jdbc.queryForObject("select count(*) from user_accounts", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_taken_username_is_refused_and_a_district_official_needs_a_district() {
        assertThatThrownBy(() -> users.create(new NewStaffAccount("reception", "Another", EnumSet.of(Role.DISTRICT_OFFICIAL),
                Set.of(), Set.of(), "en", "a long temporary pass")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::messageKey)
                        .containsExactlyInAnyOrder("security.user.username.taken", "security.user.districts.required"));
    }

    @Test
    @WithUserDetails("counsellor")
    void only_an_administrator_may_manage_accounts() {
        assertThatThrownBy(() -> users.list(null, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(new NewStaffAccount("sneaky", "Sneaky", EnumSet.of(Role.ADMIN),
                Set.of(), Set.of(), "en", "a long temporary pass"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void deactivating_an_account_ends_its_open_sessions_at_once_and_blocks_login() {
        StaffAccount account = users.create(new NewStaffAccount("leaving.soon", "Leaving Soon", EnumSet.of(Role.RECEPTION),
                Set.of(homeId("SUN-T")), Set.of(), "en", "a long temporary pass"));
        Object principal = userDetails.loadUserByUsername("leaving.soon");
        sessionRegistry.registerNewSession("session-a", principal);
        sessionRegistry.registerNewSession("session-b", principal);

        users.setActive(account.id(), account.version(), false);

        assertThat(sessionRegistry.getSessionInformation("session-a").isExpired()).isTrue();
        assertThat(sessionRegistry.getSessionInformation("session-b").isExpired()).isTrue();
        assertThat(userDetails.loadUserByUsername("leaving.soon").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void two_administrators_editing_one_account_get_a_conflict_not_a_silent_overwrite() {
        StaffAccount account = users.create(new NewStaffAccount("edited.twice", "Edited Twice", EnumSet.of(Role.TRAINER),
                Set.of(homeId("SUN-L")), Set.of(), "en", "a long temporary pass"));
        StaffAccount first = new StaffAccount(account.id(), account.username(), "First Edit", account.roles(),
                account.homeIds(), account.districtIds(), true, null, "en", account.version());
        StaffAccount second = new StaffAccount(account.id(), account.username(), "Second Edit", account.roles(),
                account.homeIds(), account.districtIds(), true, null, "en", account.version());
        users.update(first);
        assertThatThrownBy(() -> users.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select display_name from user_accounts where id = ?", String.class, account.id()))
                .isEqualTo("First Edit");
    }
}
