package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the bed board's exit dialog, as the care manager uses it (restoration is its first choice). */
class BedExitPage extends BedBoardPage {

    BedExitPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the resident's bed on the (open) board and chooses "Exit or absconding". */
    BedExitPage openFor(String name) {
        pressBedOf(name);
        click("action-exit");
        present(By.id("exit-save"));
        return this;
    }

    String reason() {
        return driver.findElement(By.id("exit-reason")).getText().trim();
    }

    /** Fills a text field of the dialog found by its label (the dialog's fields carry no ids). */
    BedExitPage fill(String label, String value) {
        WebElement field = until(d -> d.findElements(By.cssSelector("#exit-dialog vaadin-text-field, vaadin-text-field")).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed()).findFirst().orElse(null));
        field.findElement(By.cssSelector("input")).sendKeys(value);
        return this;
    }

    /** Records the exit and confirms it. */
    void save() {
        click("exit-save");
        click("confirm-action");
    }

    void waitUntilClosed() {
        gone("exit-save");
    }
}
