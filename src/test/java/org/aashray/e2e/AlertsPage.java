package org.aashray.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the header bell, the alert inbox and the alert dialog. */
class AlertsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    AlertsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    long bellCount() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-bell")));
        String text = driver.findElement(By.id("alerts-bell-count")).getAttribute("textContent").trim();
        return text.isEmpty() ? 0 : Long.parseLong(text);
    }

    boolean bellShows(long count) {
        return wait.until(d -> bellCount() == count);
    }

    AlertsPage openInboxFromBell() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("alerts-bell"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("alerts-grid")));
        return this;
    }

    String openAlert(long id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-alert-" + id))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("alert-description"))).getText();
    }

    /** In the open alert: "Open record" goes to the view of the item (e.g. the resident's profile). */
    void openRecord() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("alert-open-record"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert-description")));
    }

    void resolveWithReason(String reason) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#alert-reason input")));
        field.sendKeys(reason);
        driver.findElement(By.id("alert-resolve")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("alert-description")));
    }
}
