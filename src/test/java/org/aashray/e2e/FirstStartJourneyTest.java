package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aashray.testsupport.ChildApplication;
import org.aashray.testsupport.Ports;
import org.aashray.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * First start, in a JVM of its own, against an empty external database: no demo data, one admin whose one-time
 * password is written to the log, and that password must be changed at the first login, in a real browser.
 */
class FirstStartJourneyTest extends ChromiumTest {

    @Test
    void the_logged_one_time_password_logs_in_and_must_be_changed() throws Exception {
        String server = TestDatabase.serverUrl();
        String database = TestDatabase.newDatabase(server, "aashray_first");
        try (AutoCloseable developersApp = Ports.holdApplicationDefault();
             ChildApplication app = ChildApplication.start("first-start-app",
                     Map.of("AASHRAY_DB_URL", server + database, "AASHRAY_DB_USER", "root", "AASHRAY_DB_PASSWORD", ""),
                     "--spring.quartz.auto-startup=false",
                     // a real start outside the demo profile must bring its own key for confidential notes
                     "--aashray.crypto.notes-key=" + java.util.Base64.getEncoder().encodeToString(
                             java.security.SecureRandom.getSeed(32)),
                     "--server.port=0")) {
            Optional<String> logged = app.find(Pattern.compile("one-time password: (\\S+)"));
            assertThat(logged).as("the log shows the one-time password").isPresent();
            String password = logged.get();
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(server + database, "root", ""));
            assertThat(jdbc.queryForObject("select count(*) from user_accounts", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from homes", Integer.class)).as("no demo data").isZero();

            String url = app.url();
            new LoginPage(driver).open(url).logInAs("admin", password);
            VaadinPage page = page();
            page.present(By.cssSelector("#current-password input"));
            screenshot("first-login-must-change-password");
            page.type("current-password", password);
            page.type("new-password", "a brand new admin password");
            page.typeAndCommit("repeat-password", "a brand new admin password");
            assertThat(new DashboardPage(driver).greeting()).contains("Administrator");
            assertThat(jdbc.queryForObject("select must_change_password from user_accounts where username='admin'",
                    Boolean.class)).isFalse();
        } finally {
            TestDatabase.drop(server, database);
        }
    }
}
