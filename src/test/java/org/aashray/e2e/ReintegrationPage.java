package org.aashray.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of a resident's "Reintegration" profile tab and its verification and readiness forms. */
class ReintegrationPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ReintegrationPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the resident's profile and its reintegration tab. */
    ReintegrationPage open(String baseUrl, long residentId) {
        driver.get(baseUrl + "resident/" + residentId);
        WebElement tab = wait.until(d -> d.findElements(By.cssSelector("#profile-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals("Reintegration")).findFirst().orElse(null));
        // with every feature's tab present the strip scrolls: bring the tab into view before pressing it
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", tab);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-result")));
        return this;
    }

    /** On a resident's profile already shown (e.g. opened from an alert): its reintegration tab. */
    ReintegrationPage openTab() {
        WebElement tab = wait.until(d -> d.findElements(By.cssSelector("#profile-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals("Reintegration")).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(); arguments[0].click();", tab);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("followups-grid")));
        return this;
    }

    /** Records a follow-up of the grid: reached by phone on this date, how she is. */
    void recordFollowUp(long followUpId, LocalDate date, String wellbeing) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-followup-" + followUpId))));
        WebElement day = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#followup-date input")));
        day.sendKeys(date.format(DateTimeFormatter.ofPattern("d/M/yyyy")), Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-month-calendar")).stream().noneMatch(WebElement::isDisplayed));
        choose("followup-mode", "Phone");
        driver.findElement(By.cssSelector("#followup-wellbeing textarea")).sendKeys(wellbeing);
        press(driver.findElement(By.id("followup-save")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("followup-save")));
    }

    String readinessResult() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-result"))).getText();
    }

    /** The care manager asks for a verification of the family's address and assigns it to a member of staff. */
    void requestVerification(String destination, String staffName) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-verification"))));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#verification-destination input"))).sendKeys(destination);
        WebElement assignee = driver.findElement(By.cssSelector("#verification-assignee input"));
        assignee.sendKeys(staffName);
        wait.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed).toList();
            return !items.isEmpty() && items.stream().allMatch(i -> i.getText().contains(staffName));
        });
        assignee.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> String.valueOf(assignee.getDomProperty("value")).contains(staffName)
                && d.findElements(By.cssSelector("vaadin-combo-box-item")).stream().noneMatch(WebElement::isDisplayed));
        press(driver.findElement(By.id("verification-request-save")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("verification-request-save")));
    }

    /** Texts of the verification grid's cells (destination, assignee, due date, outcome). */
    List<String> verificationCells() {
        return cells("verifications-grid");
    }

    /** The visiting worker records the visit: whom she met, nobody involved, the recommendation and why. */
    void fillVerification(LocalDate visitDate, String peopleMet, String recommendation, String reasons) {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verifications-grid vaadin-button[id^='record-verification-']"))));
        WebElement date = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#verification-visitDate input")));
        date.sendKeys(visitDate.format(DateTimeFormatter.ofPattern("d/M/yyyy")), Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-month-calendar")).stream().noneMatch(WebElement::isDisplayed));
        driver.findElement(By.cssSelector("#verification-peopleMet input")).sendKeys(peopleMet);
        driver.findElements(By.cssSelector("#verification-involvedInTrafficking vaadin-radio-button")).stream()
                .filter(r -> r.getText().trim().equals("No")).findFirst().orElseThrow().click();
        choose("verification-recommendation", recommendation);
        driver.findElement(By.cssSelector("#verification-reasons textarea")).sendKeys(reasons);
    }

    void saveVerification() {
        press(driver.findElement(By.id("verification-record-save")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("verification-record-save")));
    }

    /** Records a new readiness check starting from the previous answers (the verification line is computed). */
    void recordReadinessCheck() {
        press(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-save"))));
    }

    void waitForReadiness(String text) {
        wait.until(d -> d.findElement(By.id("readiness-result")).getText().equals(text));
    }

    /** The "n months after exit" cells of the follow-up grid, one per follow-up. */
    List<String> followUps() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("followups-grid")));
        return cells("followups-grid").stream().filter(t -> t.endsWith("after exit")).toList();
    }

    String exitResponsible() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exit-responsible"))).getText();
    }

    private List<String> cells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(c -> c.getText().trim()).filter(t -> !t.isEmpty()).toList();
    }

    /** Opens a select and picks the item with exactly this text. */
    private void choose(String selectId, String text) {
        press(driver.findElement(By.id(selectId)));
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().trim().equals(text)).findFirst().orElse(null));
        item.click();
        WebElement select = driver.findElement(By.id(selectId));
        wait.until(d -> !"true".equals(select.getDomProperty("opened")) && !String.valueOf(select.getDomProperty("value")).isEmpty());
    }

    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
