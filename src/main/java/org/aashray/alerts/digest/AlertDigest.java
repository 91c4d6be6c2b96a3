package org.aashray.alerts.digest;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.alerts.internal.AlertRepository;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.SystemAuthentication;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/**
 * The daily e-mail digest: per home, how many alerts are open, overdue and escalated. Counts only: e-mail
 * leaves the application, so no description, subject or name goes into it. Sent only when
 * {@code aashray.alerts.digest.enabled=true} and SMTP is configured ({@code spring.mail.host}).
 */
public class AlertDigest {

    public record Settings(List<String> to, String from, Locale locale) {
    }

    private final AlertRepository alerts;
    private final HomeService homes;
    private final MailSender mail;
    private final I18NProvider texts;
    private final Settings settings;

    AlertDigest(AlertRepository alerts, HomeService homes, MailSender mail, I18NProvider texts, Settings settings) {
        this.alerts = alerts;
        this.homes = homes;
        this.mail = mail;
        this.texts = texts;
        this.settings = settings;
    }

    /** Sends the digest; returns how many alerts it counted (nothing is sent when there are none). */
    public long send() {
        Map<Long, String> names = SystemAuthentication.call(homes::accessibleHomes).stream()
                .collect(Collectors.toMap(HomeSummary::id, HomeSummary::name));
        List<Object[]> rows = alerts.openCountsByHome();
        long total = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        if (total == 0 || settings.to().isEmpty()) {
            return total;
        }
        StringBuilder body = new StringBuilder(texts.getTranslation("alerts.digest.intro", settings.locale())).append("\n\n");
        for (Object[] r : rows) {
            body.append(texts.getTranslation("alerts.digest.line", settings.locale(), names.getOrDefault((Long) r[0], "#" + r[0]),
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).append('\n');
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(settings.to().toArray(String[]::new));
        message.setFrom(settings.from());
        message.setSubject(texts.getTranslation("alerts.digest.subject", settings.locale(), total));
        message.setText(body.toString());
        mail.send(message);
        return total;
    }
}
