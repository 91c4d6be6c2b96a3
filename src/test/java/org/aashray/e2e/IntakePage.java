package org.aashray.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the short intake form (residents/new). */
class IntakePage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    IntakePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    IntakePage open(String baseUrl) {
        driver.get(baseUrl + "residents/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake-name input")));
        return this;
    }

    IntakePage type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text, Keys.TAB);
        return this;
    }

    /** Types an item label into a combo box and confirms it with Enter, as a keyboard user would. */
    IntakePage choose(String comboId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + comboId + " input")));
        input.sendKeys(text);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ENTER, Keys.TAB);
        return this;
    }

    /** Opens a select and clicks the item with this label. */
    IntakePage select(String selectId, String label) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement select = driver.findElement(By.id(selectId));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", select);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        js.executeScript("arguments[0].click();", item);
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return document.getElementById(arguments[0]).opened === false", selectId).equals(Boolean.TRUE));
        return this;
    }

    void admit() {
        WebElement admit = driver.findElement(By.id("admit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", admit);
        admit.click();
    }
}
