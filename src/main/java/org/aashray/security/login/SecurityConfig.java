package org.aashray.security.login;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.io.IOException;
import org.aashray.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

/** Login through Vaadin's login view, role checks on views and service methods, one registry of live sessions. */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**", "/fonts/**", "/aura/**", "/lumo/**", "/favicon.ico").permitAll());
        SecurityHeaders.apply(http);
        http.sessionManagement(sessions -> sessions
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(SecurityConfig::onExpiredSession));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * A session ended by an administrator (deactivated account): Vaadin's own requests get its
     * "session expired" answer so the page reloads to the login view; page loads are redirected there.
     */
    private static void onExpiredSession(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        if ("uidl".equals(request.getParameter("v-r"))) {
            response.setContentType("application/json; charset=UTF-8");
            response.getWriter().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
