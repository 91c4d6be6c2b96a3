package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue #21, finding 10: a content security policy Vaadin works under, no device features, HSTS on secure requests
 * only, the session cookie's Secure flag as configured, and the session id never in a URL.
 */
class SecurityHeadersJourneyTest extends BrowserTest {

    /** Records every violation of the page's policy in the tab's session storage, across reloads. */
    private static final String RECORD_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
              seen.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
              sessionStorage.setItem('csp-violations', JSON.stringify(seen));
            });
            """;

    @Autowired WebApplicationContext context;
    @Value("${aashray.security.tls:false}") boolean tls;

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_page_carries_a_content_security_policy_and_a_permissions_policy_and_no_hsts_over_plain_http() throws Exception {
        for (String path : List.of("login", "residents", "")) {
            HttpHeaders headers = fetch(baseUrl() + path).headers();
            System.out.println("[headers] GET /" + path + " " + headers.map());
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                            "frame-ancestors 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                    .doesNotContain("*", "http:", "https:"));
            assertThat(headers.firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as("HSTS is for TLS only").isEmpty();
        }
    }

    @Test
    void hsts_is_sent_on_a_request_that_came_over_tls() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var secure = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        var plain = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_session_id_travels_in_a_cookie_only_and_secure_as_configured() throws Exception {
        var servlet = context.getServletContext();
        assertThat(servlet.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
        assertThat(servlet.getSessionCookieConfig().isSecure()).as("AASHRAY_TLS").isEqualTo(tls);

        for (String path : List.of("residents", "", "login")) {
            HttpResponse<String> response = fetch(baseUrl() + path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid=");
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).forEach(cookie ->
                    assertThat(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure")).as("Secure flag over plain http").isEqualTo(tls));
        }

        driver.get(baseUrl() + "residents");
        Boolean onLogin = page().until(d -> new LoginPage(d).isShown() ? Boolean.TRUE : null);
        assertThat(onLogin).isTrue();
        assertThat(driver.getCurrentUrl()).doesNotContainIgnoringCase("jsessionid");
        new LoginPage(driver).logInAs("reception", "aashray-demo");
        // the login returns her to the page she asked for
        new ResidentsPage(driver).visible(By.cssSelector("#filter-name input"));
        assertThat(driver.getCurrentUrl()).contains("/residents").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void reception_works_through_dashboard_list_and_profile_without_a_single_policy_violation() {
        ChromeDriver chromium = (ChromeDriver) driver;
        Object id = chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS))
                .get("identifier");
        try {
            new LoginPage(driver).open(baseUrl()).logInAs("reception", "aashray-demo");
            new DashboardPage(driver).greeting();
            ResidentsPage residents = new ResidentsPage(driver).openList(baseUrl());
            residents.until(d -> {
                List<WebElement> links = d.findElements(By.cssSelector("#residents-grid a.case-link")).stream()
                        .filter(WebElement::isDisplayed).toList();
                if (links.isEmpty()) {
                    return false;
                }
                links.getFirst().click();
                return true;
            });
            assertThat(residents.profileName()).isNotBlank();
            residents.idle();
            screenshot("csp-profile");
            assertThat(String.valueOf(residents.js("return sessionStorage.getItem('csp-violations') || '[]'")))
                    .as("violations of the content security policy").isEqualTo("[]");
        } finally {
            chromium.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
    }
}
