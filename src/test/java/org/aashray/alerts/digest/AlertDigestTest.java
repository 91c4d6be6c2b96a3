package org.aashray.alerts.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aashray.alerts.ListRule;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.internal.AlertRepository;
import org.aashray.homes.HomeService;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@AashrayIntegrationTest
class AlertDigestTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired AlertRepository alerts;
    @Autowired HomeService homes;
    @Autowired I18NProvider texts;
    @Autowired AlertEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;

    @AfterEach
    void deleteTestAlerts() {
        ListRule.deleteTestAlerts(jdbc);
    }

    @Test
    void the_digest_is_off_unless_switched_on() {
        assertThat(context.getBeanProvider(AlertDigest.class).getIfAvailable()).isNull();
    }

    @Test
    void the_daily_digest_mails_counts_per_home_and_no_detail() throws Exception {
        ListRule rule = new ListRule("digest", Role.COUNSELLOR);
        rule.add(1, jdbc.queryForObject("select id from homes where code = 'NAD-L'", Long.class),
                LocalDate.now(clock).minusDays(1));
        SystemAuthentication.run(() -> engine.evaluate(rule, clock.instant()));
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        AlertDigest digest = new AlertDigest(alerts, homes, mail, texts,
                new AlertDigest.Settings(List.of("superintendent@example.org"), "aashray@example.org", Locale.ENGLISH));

        long counted = digest.send();

        assertThat(counted).isPositive();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).matches("Aashray: [0-9,]+ open alerts");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("Umeed Long-term Home (demo): ").contains("overdue")
                .doesNotContain("test item"); // descriptions never leave the application
    }
}
