package org.aashray.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the bed board's exit dialog, as the care manager uses it (restoration is its first choice). */
class BedExitPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    BedExitPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the resident's bed on the (open) board and chooses "Exit or absconding". */
    BedExitPage openFor(String name) {
        WebElement bed = wait.until(d -> d.findElements(By.cssSelector("#board-rooms vaadin-button")).stream()
                .filter(b -> b.getText().contains(name)).findFirst().orElse(null));
        press(bed);
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-exit"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exit-save")));
        return this;
    }

    String reason() {
        return driver.findElement(By.id("exit-reason")).getText().trim();
    }

    /** Fills a text field of the dialog found by its label (the dialog's fields carry no ids). */
    BedExitPage fill(String label, String value) {
        WebElement field = wait.until(d -> d.findElements(By.cssSelector("#exit-dialog vaadin-text-field, vaadin-text-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed()).findFirst().orElse(null));
        field.findElement(By.cssSelector("input")).sendKeys(value);
        return this;
    }

    /** Records the exit and confirms it. */
    void save() {
        press(driver.findElement(By.id("exit-save")));
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-action"))));
    }

    void waitUntilClosed() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("exit-save")));
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
