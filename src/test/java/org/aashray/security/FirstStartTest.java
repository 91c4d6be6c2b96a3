package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.Application;
import org.aashray.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** First start against an empty external database: no demo data, one admin with a one-time password in the log. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    @Test
    void an_empty_external_database_gets_an_admin_with_a_logged_one_time_password(CapturedOutput output) {
        String server = TestDatabase.serverUrl();
        String database = TestDatabase.newDatabase(server, "aashray_first");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("AASHRAY_DB_URL=" + server + database, "AASHRAY_DB_USER=root", "AASHRAY_DB_PASSWORD=",
                        "server.port=0", "spring.quartz.auto-startup=false")
                .run()) {
            Matcher m = Pattern.compile("one-time password: (\\S+)").matcher(output.getOut());
            assertThat(m.find()).as("the log shows the one-time password").isTrue();
            String password = m.group(1);
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("select count(*) from user_accounts", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from homes", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select must_change_password from user_accounts where username='admin'", Boolean.class)).isTrue();
            String hash = jdbc.queryForObject("select password_hash from user_accounts where username='admin'", String.class);
            assertThat(app.getBean(PasswordEncoder.class).matches(password, hash)).isTrue();
            assertThat(password).hasSize(16);
        } finally {
            TestDatabase.drop(server, database);
        }
    }
}
