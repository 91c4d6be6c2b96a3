package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The same authentication chain as the login form: provider, events, lockout listener, MariaDB. */
@AashrayIntegrationTest
class LoginLockoutTest {

    @Autowired UserDetailsService userDetailsService;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AuthenticationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    ProviderManager authentication;

    @BeforeEach
    void authenticationChain() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
    }

    @AfterEach
    void unlock() {
        jdbc.update("update user_accounts set locked_until = null, failed_attempts = 0 where username = 'medical'");
    }

    private Authentication login(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("medical", password));
    }

    @Test
    void the_right_password_logs_in_and_is_recorded() {
        assertThat(login("aashray-demo").isAuthenticated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from login_events where username='medical' and success", Integer.class))
                .isPositive();
    }

    @Test
    void four_wrong_passwords_do_not_lock_but_the_fifth_locks_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login("aashray-demo").isAuthenticated()).isTrue(); // success resets the count
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login("aashray-demo")).isInstanceOf(LockedException.class);
        Instant lockedUntil = jdbc.queryForObject("select locked_until from user_accounts where username='medical'",
                java.sql.Timestamp.class).toInstant();
        assertThat(Duration.between(Instant.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(16));
        assertThat(jdbc.queryForObject("select count(*) from login_events where username='medical' and reason='LockedException'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void an_expired_lock_lets_the_right_password_in_again() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        jdbc.update("update user_accounts set locked_until = ? where username='medical'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
        assertThat(login("aashray-demo").isAuthenticated()).isTrue();
    }

    @Test
    void unknown_users_are_refused_and_recorded() {
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody-here", "whatever1234")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from login_events where username='nobody-here' and not success",
                Integer.class)).isEqualTo(1);
    }
}
