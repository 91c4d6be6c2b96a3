package org.aashray.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the bed board and its admit and move dialogs, driven with the keyboard where a person would. */
class BedBoardPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    BedBoardPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    BedBoardPage open(String baseUrl) {
        driver.get(baseUrl + "placements/board");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board-rooms vaadin-button")));
        return this;
    }

    List<String> bedTexts() {
        return driver.findElements(By.cssSelector("#board-rooms vaadin-button")).stream().map(WebElement::getText).toList();
    }

    boolean showsSomeoneNamed(String name) {
        return bedTexts().stream().anyMatch(t -> t.contains(name));
    }

    /** Clicks the first free bed and gives it to the resident with this case number, under a documented reason. */
    void admitToFirstFreeBed(String caseNumber, String reason) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#board-rooms vaadin-button[data-state='FREE']"))));
        WebElement resident = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#admit-resident input")));
        resident.sendKeys(caseNumber);
        // the list filters in the database: wait until only her entry is offered, not the unfiltered first page
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("const c = document.getElementById('admit-resident');"
                + " return !c.loading && c.filteredItems && c.filteredItems.length === 1 && c.opened;")));
        resident.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.getElementById('admit-resident').selectedItem") != null);
        driver.findElement(By.cssSelector("#admit-reason textarea")).sendKeys(reason);
        driver.findElement(By.id("admit-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("admit-save")));
    }

    /** Opens the resident's bed, chooses "move", picks the home and its first free bed, gives the reason. */
    void transfer(String name, String homeName, String reason) {
        WebElement bed = wait.until(d -> d.findElements(By.cssSelector("#board-rooms vaadin-button")).stream()
                .filter(b -> b.getText().contains(name)).findFirst().orElse(null));
        press(bed);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("action-move"))).click();
        WebElement home = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#move-home input")));
        home.sendKeys(Keys.chord(Keys.CONTROL, "a"), homeName);
        // wait for the filter to apply: under load the unfiltered list (current home first) may still be shown
        WebElement homeItem = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().contains(homeName)).findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", homeItem);
        wait.until(d -> String.valueOf(home.getAttribute("value")).contains(homeName));
        WebElement bedBox = driver.findElement(By.cssSelector("#move-bed input"));
        wait.until(d -> {
            bedBox.click();
            return !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty();
        });
        bedBox.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        driver.findElement(By.cssSelector("#move-reason textarea")).sendKeys(reason);
        driver.findElement(By.id("move-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("move-save")));
    }

    /** Scrolls the button into view and presses it (the board is longer than the window). */
    private void press(WebElement button) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    void waitUntil(java.util.function.Function<BedBoardPage, Boolean> condition) {
        wait.until(d -> condition.apply(this));
    }
}
