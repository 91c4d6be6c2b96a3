package org.aashray.alerts.digest;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.Locale;
import org.aashray.alerts.internal.AlertRepository;
import org.aashray.homes.HomeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSender;

/** The digest exists only when switched on and Spring Boot configured a mail sender (spring.mail.host). */
@Configuration
@ConditionalOnProperty(name = "aashray.alerts.digest.enabled", havingValue = "true")
class AlertDigestConfig {

    @Bean
    @ConditionalOnBean(MailSender.class)
    AlertDigest alertDigest(AlertRepository alerts, HomeService homes, MailSender mail, I18NProvider texts,
                            @Value("${aashray.alerts.digest.to:}") String to,
                            @Value("${aashray.alerts.digest.from:aashray@localhost}") String from,
                            @Value("${aashray.alerts.digest.language:en}") String language) {
        return new AlertDigest(alerts, homes, mail, texts, new AlertDigest.Settings(
                Arrays.stream(to.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(), from,
                Locale.forLanguageTag(language)));
    }
}
