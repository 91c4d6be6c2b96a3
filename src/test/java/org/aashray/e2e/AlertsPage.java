package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

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

    /** Opens the alert from the inbox, scrolling the grid to it first (the grid shows only the rows in view). */
    String openAlert(long id) {
        By button = By.id("open-alert-" + id);
        WebElement grid = present(By.id("alerts-grid"));
        long rows = ((Number) js("return arguments[0].size || 0", grid)).longValue();
        for (int row = 0; row < rows && driver.findElements(button).isEmpty(); row += 10) {
            js("arguments[0].scrollToIndex(arguments[1])", grid, row);
            idle();
        }
        click("open-alert-" + id);
        return visible(By.id("alert-description")).getText();
    }

    /** In the open alert: "Open record" goes to the view of the item (e.g. the resident's profile). */
    void openRecord() {
        click("alert-open-record");
        gone("alert-description");
    }

    /** The open alert's line of facts: home, due date, state, assignee. */
    String facts() {
        return visible(By.id("alert-facts")).getText();
    }

    /** The open alert's note that it was resolved by hand before (empty if it was not). */
    String earlierResolutions() {
        return driver.findElements(By.id("alert-earlier")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    void acknowledge() {
        click("alert-acknowledge");
        until(d -> facts().contains("Acknowledged"));
    }

    void resolveWithReason(String reason) {
        type("alert-reason", reason);
        click("alert-resolve");
        gone("alert-description");
    }
}
