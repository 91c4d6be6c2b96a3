package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue #21, finding 7: a temporary password an administrator sets meets the same rules as one's own. */
@AashrayIntegrationTest
class PasswordsSetByTheAdministratorTest {

    @Autowired UserAdminService users;
    @Autowired JdbcTemplate jdbc;

    private static String refusalOf(ValidationException e) {
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("password");
        return e.errors().getFirst().messageKey();
    }

    @Test
    @WithUserDetails("admin")
    void a_new_account_with_a_common_or_all_digit_password_is_refused_and_not_saved() {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        long before = jdbc.queryForObject("select count(*) from user_accounts", Long.class);
        assertThatThrownBy(() -> users.create(new NewStaffAccount("common.pass", "Common Pass", EnumSet.of(Role.RECEPTION),
                Set.of(home), Set.of(), "en", "Password@123")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(refusalOf(e)).isEqualTo("security.password.common"));
        assertThatThrownBy(() -> users.create(new NewStaffAccount("digits.pass", "Digits Pass", EnumSet.of(Role.RECEPTION),
                Set.of(home), Set.of(), "en", "1234567890")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(refusalOf(e)).isEqualTo("security.password.allDigits"));
        assertThat(jdbc.queryForObject("select count(*) from user_accounts", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void a_reset_to_a_password_longer_than_72_bytes_is_refused_and_the_old_one_stays() {
        long id = jdbc.queryForObject("select id from user_accounts where username = 'counsellor'", Long.class);
        String hash = jdbc.queryForObject("select password_hash from user_accounts where id = ?", String.class, id);
        assertThatThrownBy(() -> users.resetPassword(id, "नदी किनारे मेरा गाँव बहुत सुंदर है"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(refusalOf(e)).isEqualTo("security.password.tooLong"));
        assertThat(jdbc.queryForObject("select password_hash from user_accounts where id = ?", String.class, id)).isEqualTo(hash);
    }
}
