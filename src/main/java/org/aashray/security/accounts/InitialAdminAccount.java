package org.aashray.security.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.aashray.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * No default password in production: on the first start against an empty database an ADMIN account is
 * created with a random one-time password, written to the log once, that must be changed at first login.
 * Runs after the demo seeding, which brings its own accounts.
 */
@Component
@Order(100)
class InitialAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);
    static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InitialAdminAccount(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoAccounts().ifPresent(password -> log.warn("""

                ================================================================
                  First start: created the administrator account.
                    username: {}
                    one-time password: {}
                  Log in and choose a new password now; it is not shown again.
                ================================================================""", USERNAME, password));
    }

    /** Returns the one-time password if an account was created. */
    Optional<String> createIfNoAccounts() {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        String password = randomPassword();
        UserAccount admin = new UserAccount(USERNAME, "Administrator", passwordEncoder.encode(password), clock.instant());
        admin.setRoles(EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(true);
        accounts.save(admin);
        return Optional.of(password);
    }

    /** Drawn again in the rare case chance makes one the policy refuses (a run, a repetition). */
    String randomPassword() {
        String password;
        do {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = sb.toString();
        } while (!PasswordPolicy.accepts(password));
        return password;
    }
}
