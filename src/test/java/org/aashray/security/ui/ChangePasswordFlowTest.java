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
}
