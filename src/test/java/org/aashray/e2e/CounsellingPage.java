package org.aashray.e2e;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the counselling calendar and its session dialog. */
class CounsellingPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    CounsellingPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    CounsellingPage open(String baseUrl) {
        driver.get(baseUrl + "counselling");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counselling-calendar")));
        return this;
    }

    CounsellingPage weeksBack(int weeks) {
        for (int i = 0; i < weeks; i++) {
            String before = range();
            driver.findElement(By.id("calendar-previous")).click();
            wait.until(d -> !range().equals(before));
        }
        return this;
    }

    String range() {
        return driver.findElement(By.id("calendar-range")).getText();
    }

    void clickSlot(LocalDateTime slot) {
        By id = By.id("cal-slot-" + slot.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm")));
        WebElement el = wait.until(ExpectedConditions.presenceOfElementLocated(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
        el.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-residents")));
    }

    void chooseResident(String name) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#session-residents input")));
        input.click();
        input.sendKeys(name);
        wait.until(d -> !d.findElements(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + name + "')]")).isEmpty());
        WebElement item = driver.findElement(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + name + "')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'}); arguments[0].click();", item);
        input.sendKeys(Keys.ESCAPE);
    }

    void setWeeks(int weeks) {
        WebElement input = driver.findElement(By.cssSelector("#session-weeks input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(weeks), Keys.TAB);
    }

    void book() {
        driver.findElement(By.id("session-save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-residents")));
    }

    List<WebElement> entries() {
        return driver.findElements(By.cssSelector("#counselling-calendar .cal-entry"));
    }

    WebElement waitForEntry(String text) {
        return wait.until(d -> d.findElements(By.cssSelector("#counselling-calendar .cal-entry")).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    void openEntry(WebElement entry) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", entry);
        entry.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-attendance")));
    }

    void recordAttendance(String label, String note) {
        driver.findElement(By.id("session-attendance")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
        WebElement area = driver.findElement(By.cssSelector("#session-note textarea"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", area);
        area.sendKeys(note);
        WebElement save = driver.findElement(By.id("session-save-record"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-attendance")));
    }
}
