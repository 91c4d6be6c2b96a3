package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.StaffAccount;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.session.HttpSessionCreatedEvent;

/**
 * Issue #11: the foundation's brute-force and session rules, end to end in Chromium against the running app.
 * Each test uses its own fresh account, so the demo accounts other journeys use are never locked.
 */
class SessionRulesJourneyTest extends BrowserTest {

    private static final String PASSWORD = "session-rules-pass-1";
    private static final List<HttpSession> SESSIONS = new CopyOnWriteArrayList<>();
    private static volatile boolean listening;

    @Autowired JdbcTemplate jdbc;
    @Autowired UserAdminService users;
    @Autowired ApplicationContext context;
    @Value("${aashray.security.max-failed-logins}") int maxFailedLogins;
    @Value("${server.servlet.session.timeout}") Duration idleTimeout;

    /** Keeps hold of the app's HTTP sessions as the servlet container creates them (a test hook, nothing more). */
    @BeforeEach
    void listenForSessions() {
        if (!listening) {
            ((ConfigurableApplicationContext) context).addApplicationListener(
                    (ApplicationListener<HttpSessionCreatedEvent>) e -> SESSIONS.add(e.getSession()));
            listening = true;
        }
    }

    private String newAccount(String prefix) {
        String username = prefix + "-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        SystemAuthentication.run(() -> users.createWithPermanentPassword(new NewStaffAccount(username, "Session Rules " + prefix,
                EnumSet.of(Role.RECEPTION), Set.of(home), Set.of(), "en", PASSWORD)));
        return username;
    }

    private StaffAccount account(String username) {
        return SystemAuthentication.call(() -> users.list(username, PageRequest.of(0, 5)).getContent().stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow());
    }

    private void logIn(String username) {
        new LoginPage(driver).open(baseUrl()).logInAs(username, PASSWORD);
        assertThat(new DashboardPage(driver).greeting()).contains("Session Rules");
    }

    private String sessionCookie() {
        Cookie c = driver.manage().getCookieNamed("JSESSIONID");
        return c == null ? null : c.getValue();
    }

    private void lock(String username) {
        LoginPage login = new LoginPage(driver).open(baseUrl());
        for (int attempt = 1; attempt <= maxFailedLogins; attempt++) {
            login.logInAs(username, "wrong-" + attempt);
            assertThat(login.showsError()).isTrue();
        }
        login.open(baseUrl()).logInAs(username, PASSWORD);
        assertThat(login.showsError()).as("locked: even the right password is refused").isTrue();
    }

    private boolean onLoginPage() {
        return page().until(d -> new LoginPage(d).isShown() ? Boolean.TRUE : null);
    }

    @Test
    void a_lock_ends_by_itself_once_its_time_has_passed() {
        String username = newAccount("expiry");
        lock(username);
        // the configured lock lasts 15 minutes: move its end into the past instead of waiting
        jdbc.update("update user_accounts set locked_until = ? where username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), username);
        logIn(username);
        assertThat(jdbc.queryForObject("select failed_attempts from user_accounts where username = ?", Integer.class, username))
                .as("a successful login starts the count afresh").isZero();
    }

    @Test
    void an_administrator_unlocks_a_locked_account_and_the_right_password_works_again() {
        String username = newAccount("unlock");
        lock(username);
        assertThat(account(username).lockedUntil()).isAfter(java.time.Instant.now());
        SystemAuthentication.run(() -> users.unlock(account(username).id()));
        logIn(username);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'UNLOCK' and summary like ?",
                Integer.class, "%" + username + "%")).isEqualTo(1);
    }

    @Test
    void the_session_id_changes_at_login() {
        String username = newAccount("fixation");
        new LoginPage(driver).open(baseUrl());
        String before = sessionCookie();
        assertThat(before).as("the login page already has a session").isNotNull();
        logIn(username);
        assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void logging_out_ends_the_session_and_neither_the_back_button_nor_the_old_cookie_reaches_a_view() {
        String username = newAccount("logout");
        logIn(username);
        String old = sessionCookie();
        // clicked by script: in development mode Vaadin's Copilot overlay covers the top right corner
        VaadinPage page = page();
        page.js("arguments[0].click()", driver.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")));
        page.present(By.id("logout"));
        page.js("document.getElementById('logout').click()");
        assertThat(onLoginPage()).isTrue();

        driver.navigate().back();
        assertThat(onLoginPage()).as("back button after logout").isTrue();

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new Cookie("JSESSIONID", old, "/"));
        driver.get(baseUrl() + "residents");
        assertThat(onLoginPage()).as("the old session cookie").isTrue();
        assertThat(driver.findElements(By.id("dashboard-greeting"))).isEmpty();
    }

    @Test
    void deactivating_an_account_ends_her_live_session() {
        String username = newAccount("deactivate");
        logIn(username);
        StaffAccount account = account(username);
        SystemAuthentication.run(() -> users.setActive(account.id(), account.version(), false));
        driver.get(baseUrl() + "residents");
        assertThat(onLoginPage()).isTrue();
        assertThat(driver.getCurrentUrl()).contains("ended");
        new LoginPage(driver).logInAs(username, PASSWORD);
        assertThat(new LoginPage(driver).showsError()).as("a deactivated account cannot log in again").isTrue();
    }

    @Test
    void an_idle_session_ends_and_the_next_request_shows_the_login_page() throws Exception {
        assertThat(idleTimeout).as("configured idle timeout (AASHRAY_IDLE_TIMEOUT)").isEqualTo(Duration.ofMinutes(30));
        String username = newAccount("idle");
        logIn(username);
        String id = sessionCookie();
        // the container changed the id at login (fixation protection), so look for the session by its current id
        HttpSession session = SESSIONS.stream().filter(x -> x.getId().equals(id)).findFirst().orElse(null);
        assertThat(session).as("the live session of the browser").isNotNull();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        // what the container does after 30 idle minutes, shortened to two seconds
        session.setMaxInactiveInterval(1);
        Thread.sleep(2_500);
        driver.get(baseUrl() + "residents");
        assertThat(onLoginPage()).isTrue();
    }

    @Test
    void every_page_carries_the_security_headers_and_the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "login")).GET().build(), HttpResponse.BodyHandlers.ofString());
        var headers = login.headers();
        System.out.println("[session] GET /login " + login.statusCode() + " " + headers.map());
        assertThat(headers.firstValue("X-Content-Type-Options")).as(headers.map().toString()).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValueSatisfying(v -> assertThat(v).isIn("DENY", "SAMEORIGIN"));
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        String cookie = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

        HttpResponse<String> view = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "residents")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(view.body()).as("nothing of a view reaches an anonymous request").doesNotContain("Residents in");
        assertThat(view.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
