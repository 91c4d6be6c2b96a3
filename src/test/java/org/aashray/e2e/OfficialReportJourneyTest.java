package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district official opens her district's figures and downloads the monthly PDF; nothing that identifies a
 * resident reaches her browser (checked on the wire); then the home's care manager sees the inspection's
 * action items.
 */
class OfficialReportJourneyTest extends BrowserTest {

    /** Records the text of every response the page receives, so the test can read what crossed the wire. */
    private static final String CAPTURE_WIRE = """
            window.__wire = window.__wire || [];
            if (!window.__wireInstalled) {
              window.__wireInstalled = true;
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function() {
                this.addEventListener('load', () => { try { window.__wire.push(String(this.responseText)); } catch (e) {} });
                return open.apply(this, arguments);
              };
              const originalFetch = window.fetch;
              window.fetch = function() {
                return originalFetch.apply(this, arguments).then(r => {
                  r.clone().text().then(t => window.__wire.push(t)).catch(() => {});
                  return r;
                });
              };
            }""";

    @Autowired JdbcTemplate jdbc;

    @Test
    void an_official_downloads_the_monthly_pdf_and_sees_no_resident_identity_and_the_home_sees_its_actions() {
        new LoginPage(driver).open(baseUrl()).logInAs("official", "aashray-demo");
        new DashboardPage(driver).greeting();
        // capture from the first request of the reports page on, so the figures it opens with are checked too
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CAPTURE_WIRE));
        driver.get(baseUrl() + "reports");
        // a report is written in the background: its link may take longer than a click's answer
        VaadinPage page = new VaadinPage(driver, Duration.ofSeconds(60));
        page.present(By.id("report-figures"));
        page.present(By.id("pipeline-chart"));
        page.present(By.id("training-chart"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(CAPTURE_WIRE);

        // CSV, PDF and Excel at once: the page polls until every one is offered (issue 19: two stayed "Preparing…")
        page.click("download-csv");
        page.click("download-pdf");
        page.click("download-xlsx");
        page.present(By.id("report-file-csv"));
        page.present(By.id("report-file-xlsx"));
        WebElement file = page.present(By.id("report-file-pdf"));
        String href = file.getAttribute("href");
        Object head = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  const bytes = new Uint8Array(b);
                  done(String.fromCharCode(...bytes.slice(0, 5)) + ':' + bytes.length);
                }).catch(e => done('error ' + e));""", href);
        assertThat(String.valueOf(head)).startsWith("%PDF-");
        screenshot("official-reports");

        @SuppressWarnings("unchecked")
        List<String> wire = (List<String>) js.executeScript("return window.__wire;");
        String everything = String.join("\n", wire) + "\n" + driver.getPageSource();
        assertThat(wire).as("responses were captured").isNotEmpty();
        assertThat(String.join("\n", wire)).as("the dashboard's figures crossed the captured wire")
                .contains("Readiness pipeline on", "Follow-ups missed (today)", "Training completion rate");
        List<String> identifiers = jdbc.queryForList("""
                select r.name from residents r join homes h on h.id = r.home_id join districts d on d.id = h.district_id
                where d.code = 'SUNDEMO' union all
                select r.case_number from residents r join homes h on h.id = r.home_id join districts d on d.id = h.district_id
                where d.code = 'SUNDEMO' union all
                select date_format(r.birth_date, '%Y-%m-%d') from residents r join homes h on h.id = r.home_id
                  join districts d on d.id = h.district_id where d.code = 'SUNDEMO' union all
                select r.address from residents r join homes h on h.id = r.home_id join districts d on d.id = h.district_id
                where d.code = 'SUNDEMO' and r.address is not null and length(r.address) > 5""", String.class);
        assertThat(identifiers).isNotEmpty();
        for (String identifier : identifiers) {
            assertThat(everything).as("the official's browser must not receive " + identifier).doesNotContain(identifier);
        }

        driver.manage().deleteAllCookies();
        new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
        new DashboardPage(driver).greeting();
        driver.get(baseUrl() + "home-inspections");
        page.until(d -> d.findElement(By.id("action-items")).getText().contains("Repair the second-floor washroom")
                || d.getPageSource().contains("Repair the second-floor washroom"));
        screenshot("caremanager-inspection-actions");
    }
}
