package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main page, as each role that opens it, checked with axe-core against WCAG 2.1 AA in real Chromium:
 * no serious or critical violation. A new one fails the journey, naming the page, the rule and the element.
 * Screenshots of every page checked are kept in target/screenshots (a11y-role-page.png).
 */
class AccessibilityJourneyTest extends BrowserTest {

    /**
     * Violations inside Vaadin components' own shadow DOM that the application cannot change, each narrowed to the
     * component's inner element. Nothing else of the rule is let pass.
     */
    static final List<AxeScan.Known> KNOWN = List.of(
            // vaadin-tabs (the tab row of every TabSheet: the resident's profile, reintegration, the audit log) is the
            // tablist itself, and its shadow DOM wraps the tabs in its scroller, <div id="scroll" part="tabs"
            // tabindex="-1">. Being focusable, that div counts as a child of the tablist that is not a tab. The tabs
            // themselves are role="tab" with a roving tab index, as the ARIA practices ask; the scroller is internal
            // to @vaadin/tabs 25 (vaadin-tabs.js render()) and has no API. No upstream issue found for it; the closest
            // is vaadin/web-components#982 (tab order of vaadin-tabs, kept as a roving tab index by design).
            new AxeScan.Known("aria-required-children", Pattern.compile("\\[\"vaadin-tabs\"\\]"),
                    Pattern.compile("children which are not allowed: div\\[tabindex\\]\\s*$"),
                    "the scroller inside vaadin-tabs' shadow DOM"));

    @Autowired
    JdbcTemplate jdbc;

    private final List<AxeScan.Violation> found = new ArrayList<>();

    private void scan(String role, String page, String path, String readyId) {
        show(role, page, path, readyId);
        screenshot("a11y-" + role + "-" + page);
        found.addAll(new AxeScan(driver, KNOWN).check(role + " " + page + " (/" + path + ")"));
    }

    /**
     * Opens the page and waits until it shows what she came for. Once the app is loaded, it follows a router link as a
     * click in the menu would, without reloading the page: the app's scripts and axe stay loaded.
     */
    private void show(String role, String page, String path, String readyId) {
        VaadinPage shown = page();
        if (driver.getCurrentUrl().startsWith(baseUrl()) && shown.holds("return !!(window.Vaadin && window.Vaadin.Flow);")) {
            shown.holds("""
                    const a = document.createElement('a');
                    a.setAttribute('router-link', '');
                    a.href = arguments[0];
                    document.body.appendChild(a);
                    a.click();
                    a.remove();
                    return true;""", path);
            shown.until(d -> shown.holds("return location.pathname === '/' + arguments[0];", path));
        } else {
            driver.get(baseUrl() + path);
        }
        try {
            shown.present(By.id(readyId));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("a11y-" + role + "-" + page + "-not-shown");
            throw e;
        }
        shown.idle();
        gridsLoaded();
    }

    /** A grid fetches its rows after it is drawn: check what she sees, not the empty frame. */
    private void gridsLoaded() {
        VaadinPage shown = page();
        shown.until(d -> shown.holds("return Array.from(document.querySelectorAll('vaadin-grid')).every(g => !g.loading);"));
        shown.idle();
    }

    /** Opens each tab of the page's tab sheet after the first (they are built when first opened) and checks it. */
    private void tabs(String role, String page) {
        VaadinPage shown = page();
        int count = driver.findElements(By.cssSelector("vaadin-tabsheet vaadin-tab")).size();
        for (int i = 1; i < count; i++) {
            org.openqa.selenium.WebElement tab = driver.findElements(By.cssSelector("vaadin-tabsheet vaadin-tab")).get(i);
            String name = tab.getText().trim().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
            shown.press(tab);
            gridsLoaded();
            screenshot("a11y-" + role + "-" + page + "-tab-" + name);
            found.addAll(new AxeScan(driver, KNOWN).check(role + " " + page + " tab " + name));
        }
    }

    private void logIn(String role) {
        new LoginPage(driver).open(baseUrl()).logInAs(role, "aashray-demo");
        new DashboardPage(driver).greeting();
    }

    private void noSeriousViolations() {
        assertThat(found).as(() -> found.size() + " serious or critical WCAG 2.1 AA violations:\n"
                + found.stream().map(AxeScan.Violation::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    private long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    /** A resident every home role may open (the trainer works only at SUN-L). */
    private String profile() {
        return "resident/" + jdbc.queryForObject("select id from residents where home_id = ? and status = 'IN_RESIDENCE' order by id limit 1",
                Long.class, homeId("SUN-L"));
    }

    private String batch() {
        return "training/batch/" + jdbc.queryForObject("select id from training_batches where home_id = ? order by id limit 1",
                Long.class, homeId("SUN-L"));
    }

    /** The pages every role working in a home opens. */
    private void homePages(String role) {
        scan(role, "dashboard", "", "dashboard-greeting");
        scan(role, "residents", "residents", "residents-grid");
        scan(role, "profile", profile(), "resident-profile");
        scan(role, "bed-board", "placements/board", "board-summary");
        scan(role, "occupancy", "placements/occupancy", "occupancy-figures");
        scan(role, "alerts", "alerts", "alerts-grid");
    }

    @Test
    void the_login_page() {
        driver.get(baseUrl() + "login");
        page().visible(By.cssSelector("#vaadinLoginUsername input"));
        screenshot("a11y-anonymous-login");
        found.addAll(new AxeScan(driver, KNOWN).check("login"));
        noSeriousViolations();
    }

    @Test
    void reception() {
        logIn("reception");
        homePages("reception");
        scan("reception", "intake", "residents/new", "admit");
        noSeriousViolations();
    }

    @Test
    void counsellor() {
        logIn("counsellor");
        homePages("counsellor");
        scan("counsellor", "counselling", "counselling", "counselling-calendar");
        scan("counsellor", "counsellor-day", "counselling/today", "counsellor-day");
        scan("counsellor", "care-plans", "careplans", "careplans-due");
        scan("counsellor", "reintegration", "reintegration", "due-items");
        noSeriousViolations();
    }

    @Test
    void medical() {
        logIn("medical");
        homePages("medical");
        scan("medical", "medical", "medical", "medical-calendar");
        noSeriousViolations();
    }

    @Test
    void trainer() {
        logIn("trainer");
        homePages("trainer");
        scan("trainer", "training", "training", "batches-grid");
        scan("trainer", "batch", batch(), "batch-title");
        noSeriousViolations();
    }

    @Test
    void care_manager() {
        logIn("caremanager");
        homePages("caremanager");
        show("caremanager", "profile", profile(), "resident-profile");
        tabs("caremanager", "profile");
        scan("caremanager", "intake", "residents/new", "admit");
        scan("caremanager", "counselling", "counselling", "counselling-calendar");
        scan("caremanager", "medical", "medical", "medical-calendar");
        scan("caremanager", "care-plans", "careplans", "careplans-due");
        scan("caremanager", "training", "training", "batches-grid");
        scan("caremanager", "batch", batch(), "batch-title");
        scan("caremanager", "reintegration", "reintegration", "due-items");
        tabs("caremanager", "reintegration");
        scan("caremanager", "page-not-available", "counselling/today", "not-found");
        scan("caremanager", "district-report", "reports", "report-figures");
        noSeriousViolations();
    }

    @Test
    void district_official() {
        logIn("official");
        scan("official", "dashboard", "", "dashboard-greeting");
        scan("official", "district-report", "reports", "report-figures");
        scan("official", "alerts", "alerts", "alerts-district-counts");
        noSeriousViolations();
    }

    @Test
    void administrator() {
        logIn("admin");
        scan("admin", "dashboard", "", "dashboard-greeting");
        scan("admin", "homes", "admin/homes", "homes-grid");
        scan("admin", "beds", "admin/homes/beds/" + homeId("SUN-T"), "add-room");
        scan("admin", "staff-accounts", "admin/users", "users-grid");
        scan("admin", "audit-log", "admin/audit", "audit-changes");
        scan("admin", "district-report", "reports", "report-figures");
        scan("admin", "alerts", "alerts", "alerts-grid");
        noSeriousViolations();
    }
}
