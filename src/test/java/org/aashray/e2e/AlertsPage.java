package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page object of the header bell, the alert inbox and the alert dialog. */
class AlertsPage extends VaadinPage {

    AlertsPage(WebDriver driver) {
        super(driver);
    }

    long bellCount() {
        present(By.id("alerts-bell"));
        String text = driver.findElement(By.id("alerts-bell-count")).getAttribute("textContent").trim();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    boolean bellShows(long count) {
        return until(d -> bellCount() == count);
    }

    AlertsPage openInboxFromBell() {
        click("alerts-bell");
        present(By.id("alerts-grid"));
        return this;
    }

    String openAlert(long id) {
        click("open-alert-" + id);
        return visible(By.id("alert-description")).getText();
    }

    /** In the open alert: "Open record" goes to the view of the item (e.g. the resident's profile). */
    void openRecord() {
        click("alert-open-record");
        gone("alert-description");
    }

    void resolveWithReason(String reason) {
        type("alert-reason", reason);
        click("alert-resolve");
        gone("alert-description");
    }
}
