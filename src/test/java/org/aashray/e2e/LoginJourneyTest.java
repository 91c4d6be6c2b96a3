package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class LoginJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reception_logs_in_and_sees_her_dashboard_and_only_her_menu() {
        new LoginPage(driver).open(baseUrl()).logInAs("reception", "aashray-demo");
        DashboardPage dashboard = new DashboardPage(driver);
        assertThat(dashboard.greeting()).contains("Rekha Reception");
        screenshot("reception-dashboard");
        assertThat(dashboard.menuItems()).contains("Dashboard").doesNotContain("Staff accounts", "Audit log", "Homes and beds");
    }

    @Test
    void admin_sees_the_administration_menu() {
        new LoginPage(driver).open(baseUrl()).logInAs("admin", "aashray-demo");
        DashboardPage dashboard = new DashboardPage(driver);
        assertThat(dashboard.greeting()).contains("Anita Admin");
        assertThat(dashboard.menuItems()).contains("Dashboard", "Homes and beds", "Staff accounts", "Audit log");
        screenshot("admin-dashboard");
    }

    @Test
    void a_counsellor_typing_an_admin_address_is_refused() {
        new LoginPage(driver).open(baseUrl()).logInAs("counsellor", "aashray-demo");
        new DashboardPage(driver).greeting();
        driver.get(baseUrl() + "admin/users");
        assertThat(new DashboardPage(driver).showsNotFound()).isTrue();
        assertThat(driver.findElements(org.openqa.selenium.By.id("users-grid"))).isEmpty();
        screenshot("counsellor-refused");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() {
        LoginPage login = new LoginPage(driver).open(baseUrl());
        for (int attempt = 1; attempt <= 5; attempt++) {
            login.logInAs("trainer", "wrong-password-" + attempt);
            assertThat(login.showsError()).isTrue();
        }
        login.open(baseUrl()).logInAs("trainer", "aashray-demo");
        assertThat(login.showsError()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from login_events where username = 'trainer' and success = false",
                Integer.class)).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select locked_until is not null from user_accounts where username = 'trainer'",
                Boolean.class)).isTrue();
        jdbc.update("update user_accounts set locked_until = null, failed_attempts = 0 where username = 'trainer'");
    }
}
