package org.aashray.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.aashray.shell.ui.DashboardView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ChangePasswordFlowTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    private String savedHash;

    @AfterEach
    void restore() {
        if (savedHash != null) {
            jdbc.update("update user_accounts set password_hash=?, must_change_password=false where username='trainer'", savedHash);
        }
    }

    @Test
    @WithUserDetails("trainer")
    void a_one_time_password_must_be_replaced_before_anything_else_opens() {
        savedHash = jdbc.queryForObject("select password_hash from user_accounts where username='trainer'", String.class);
        jdbc.update("update user_accounts set must_change_password=true where username='trainer'");

        ChangePasswordView view = navigate("", ChangePasswordView.class);
        test(view.current).setValue("aashray-demo");
        test(view.newPassword).setValue("short");
        test(view.repeat).setValue("short");
        test(view.save).click();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Use at least 10 characters.");

        test(view.newPassword).setValue("my own long password");
        test(view.repeat).setValue("my own long password");
        test(view.save).click();

        assertThat(jdbc.queryForObject("select must_change_password from user_accounts where username='trainer'", Boolean.class)).isFalse();
        assertThat(encoder.matches("my own long password",
                jdbc.queryForObject("select password_hash from user_accounts where username='trainer'", String.class))).isTrue();
        navigate(DashboardView.class);
    }

    @Test
    @WithUserDetails("trainer")
    void a_hindi_password_too_long_for_bcrypt_or_digits_alone_are_refused_next_to_the_field_and_a_fitting_one_is_kept_whole() {
        savedHash = jdbc.queryForObject("select password_hash from user_accounts where username='trainer'", String.class);
        ChangePasswordView view = navigate(ChangePasswordView.class);
        test(view.current).setValue("aashray-demo");

        String tooLong = "नदी किनारे मेरा गाँव बहुत सुंदर है";
        test(view.newPassword).setValue(tooLong);
        test(view.repeat).setValue(tooLong);
        test(view.save).click();
        assertThat(view.newPassword.isInvalid()).isTrue();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Too long: at most 72 bytes, and this one takes 90. "
                + "An English letter takes one byte, a Hindi letter or sign three, so about 24 Hindi letters fit.");

        test(view.newPassword).setValue("1234567890");
        test(view.repeat).setValue("1234567890");
        test(view.save).click();
        assertThat(view.newPassword.getErrorMessage()).isEqualTo("Digits alone are easy to guess (a phone number, a date): add letters.");
        assertThat(jdbc.queryForObject("select password_hash from user_accounts where username='trainer'", String.class))
                .isEqualTo(savedHash);

        String fits = "नदी किनारे मेरा गाँव सुंदर";
        test(view.newPassword).setValue(fits);
        test(view.repeat).setValue(fits);
        test(view.save).click();
        String hash = jdbc.queryForObject("select password_hash from user_accounts where username='trainer'", String.class);
        assertThat(encoder.matches(fits, hash)).isTrue();
        assertThat(encoder.matches("नदी किनारे मेरा गाँव सुंदल", hash)).as("the last letter counts too").isFalse();
    }
}
