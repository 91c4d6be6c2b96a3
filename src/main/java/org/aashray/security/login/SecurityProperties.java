package org.aashray.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login and session rules, configurable per deployment.
 *
 * @param maxFailedLogins wrong passwords in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked
 */
@ConfigurationProperties("aashray.security")
public record SecurityProperties(int maxFailedLogins, Duration lockoutDuration) {

    public SecurityProperties {
        if (maxFailedLogins <= 0) maxFailedLogins = 5;
        if (lockoutDuration == null || lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            lockoutDuration = Duration.ofMinutes(15);
        }
    }
}
