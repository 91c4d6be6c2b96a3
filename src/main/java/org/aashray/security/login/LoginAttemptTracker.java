package org.aashray.security.login;

import java.time.Clock;
import org.aashray.security.AashrayUser;
import org.aashray.security.accounts.UserAccount;
import org.aashray.security.accounts.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records every login attempt and locks an account after too many wrong passwords in a row. */
@Component
class LoginAttemptTracker {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptTracker.class);

    private final UserAccountRepository accounts;
    private final LoginEventRepository loginEvents;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttemptTracker(UserAccountRepository accounts, LoginEventRepository loginEvents,
                        SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.loginEvents = loginEvents;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (!(auth.getPrincipal() instanceof AashrayUser)) {
            return; // not a form login (e.g. a test's or the system's own authentication)
        }
        accounts.findByUsername(auth.getName()).ifPresent(UserAccount::recordSuccessfulLogin);
        loginEvents.save(new LoginEvent(clock.instant(), auth.getName(), true, null, remoteAddress(auth)));
    }

    // A login refused because the database does not answer is not a wrong password, and cannot be written anyway:
    // trying to would turn the login page's "try again" into an error page.
    @EventListener(condition = "!T(org.aashray.base.DatabaseOutage).isCause(#event.exception)")
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String username = auth.getName() == null ? "" : auth.getName();
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(username).ifPresent(account -> {
                account.recordFailedLogin(clock.instant(), properties.maxFailedLogins(), properties.lockoutDuration());
                if (account.isLockedAt(clock.instant())) {
                    log.warn("Account '{}' locked until {} after {} failed logins", username,
                            account.getLockedUntil(), properties.maxFailedLogins());
                }
            });
        }
        loginEvents.save(new LoginEvent(clock.instant(), truncate(username), false, reason, remoteAddress(auth)));
    }

    private static String remoteAddress(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
