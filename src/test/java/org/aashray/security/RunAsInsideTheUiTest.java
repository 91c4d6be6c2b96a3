package org.aashray.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Work started from a screen under another authentication (the application's own work as "system", a member of
 * staff acting for one more home) runs under it. Inside a request of the UI, Vaadin's context strategy answers from
 * the HTTP session, where the login keeps the signed-in person's context: the session here holds it as a real
 * login leaves it.
 */
@AashrayIntegrationTest
class RunAsInsideTheUiTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired CurrentUser currentUser;

    @BeforeEach
    void signedInAsReception() {
        UserDetails user = users.loadUserByUsername("reception");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent().getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void system_work_started_from_a_screen_runs_as_system_and_the_person_is_back_afterwards() {
        assertThat(currentUser.username()).isEqualTo("reception");

        assertThat(SystemAuthentication.call(currentUser::username)).isEqualTo(SystemAuthentication.NAME);
        assertThat(SystemAuthentication.call(currentUser::seesAllHomes)).isTrue();

        assertThat(currentUser.username()).isEqualTo("reception");
        assertThat(currentUser.seesAllHomes()).isFalse();
        assertThat(VaadinSession.getCurrent()).as("the UI's session is current again").isNotNull();
    }

    @Test
    void work_run_as_someone_else_sees_her_homes_and_nested_runs_restore_each_caller() {
        UserDetails manager = users.loadUserByUsername("nadipur");
        var asManager = UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities());

        String seen = RunAs.call(asManager, () -> currentUser.username() + " then "
                + SystemAuthentication.call(currentUser::username) + " then " + currentUser.username());

        assertThat(seen).isEqualTo("nadipur then system then nadipur");
        assertThat(currentUser.username()).isEqualTo("reception");
    }
}
