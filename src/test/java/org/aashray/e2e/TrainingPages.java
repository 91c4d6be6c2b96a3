package org.aashray.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects of the training screens: batch list and form, batch screen, attendance screen. */
final class TrainingPages {

    private TrainingPages() {
    }

    abstract static class Page {
        final WebDriver driver;
        final WebDriverWait wait;

        Page(WebDriver driver) {
            this.driver = driver;
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        }

        /** Dev mode's Copilot button floats over the page corner; a real user would move it, the test removes it. */
        void hideDevTools() {
            js("document.querySelectorAll('copilot-main, vaadin-dev-tools').forEach(e => e.remove())");
        }

        WebElement visible(By by) {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        }

        void click(By by) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
            try {
                element.click();
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                hideDevTools();
                js("arguments[0].click()", element);
            }
        }

        void type(String id, String text) {
            WebElement input = visible(By.cssSelector("#" + id + " input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        }

        void typeAndCommit(String id, String text) {
            type(id, text);
            driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(Keys.ENTER);
        }

        Object js(String script, Object... args) {
            return ((JavascriptExecutor) driver).executeScript(script, args);
        }
    }

    static class BatchList extends Page {
        BatchList(WebDriver driver, String baseUrl) {
            super(driver);
            driver.get(baseUrl + "training");
            visible(By.id("batches-grid"));
            hideDevTools();
        }

        BatchScreen createBatch(String course, LocalDate start, LocalDate end, String day, String from, String to, int seats) {
            click(By.id("new-batch"));
            typeAndCommit("batch-course", course);
            type("batch-provider", "Tara Trainer (e2e)");
            type("batch-venue", "Sewing room");
            typeAndCommit("batch-start", "%d/%d/%d".formatted(start.getDayOfMonth(), start.getMonthValue(), start.getYear()));
            typeAndCommit("batch-end", "%d/%d/%d".formatted(end.getDayOfMonth(), end.getMonthValue(), end.getYear()));
            click(By.xpath("//vaadin-checkbox-group[@id='batch-days']/vaadin-checkbox[normalize-space(.)='" + day + "']/label"));
            wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById('batch-days').value.length === 1")));
            typeAndCommit("batch-start-time", from);
            typeAndCommit("batch-end-time", to);
            type("batch-capacity", String.valueOf(seats));
            click(By.id("save-batch"));
            return new BatchScreen(driver);
        }
    }

    static class BatchScreen extends Page {
        BatchScreen(WebDriver driver) {
            super(driver);
            visible(By.id("batch-title"));
        }

        String title() {
            return visible(By.id("batch-title")).getText();
        }

        String seats() {
            return visible(By.id("batch-seats")).getText();
        }

        void enrol(String residentName) {
            click(By.id("enrol"));
            visible(By.cssSelector("#enrol-resident input"));
            WebElement input = driver.findElements(By.cssSelector("#enrol-resident input")).getLast();
            input.sendKeys(residentName);
            // the list filters in the database; wait until the one match is offered, then take it
            wait.until(d -> Boolean.TRUE.equals(js("const c = document.getElementById('enrol-resident');"
                    + " return !c.loading && c.filteredItems && c.filteredItems.length === 1 && c.opened;")));
            input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            wait.until(d -> js("return document.getElementById('enrol-resident').selectedItem") != null);
            click(By.id("enrol-literacy"));
            wait.until(d -> Boolean.TRUE.equals(js("return document.getElementById('enrol-literacy').opened")));
            // click the first level rather than press Enter: on a loaded machine focus may not have reached the list yet
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-select-item")).isEmpty());
            js("document.querySelector('vaadin-select-item').click(); return null;");
            wait.until(d -> Boolean.FALSE.equals(js("return document.getElementById('enrol-literacy').opened")));
            wait.until(d -> !String.valueOf(js("return document.getElementById('enrol-literacy').value || ''")).isEmpty());
            click(By.id("save-enrolment"));
            // the dialog leaves the page entirely before the next one opens with the same ids
            wait.until(d -> d.findElements(By.id("enrol-resident")).isEmpty());
        }

        List<String> traineeRows() {
            return driver.findElements(By.cssSelector("#trainees-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        }

        AttendanceScreen takeFirstAttendance() {
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-button.take-attendance:not([disabled])")).isEmpty());
            driver.findElements(By.cssSelector("vaadin-button.take-attendance:not([disabled])")).getFirst().click();
            return new AttendanceScreen(driver);
        }

        void complete() {
            click(By.id("complete-batch"));
            click(By.id("confirm-action"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("complete-batch")));
        }

        String certificateHref() {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.certificate-link"))).getAttribute("href");
        }
    }

    static class AttendanceScreen extends Page {
        AttendanceScreen(WebDriver driver) {
            super(driver);
            visible(By.id("all-present"));
        }

        int toggles() {
            return driver.findElements(By.cssSelector("vaadin-button.attendance-toggle")).size();
        }

        BatchScreen allPresentAndSave() {
            click(By.id("all-present"));
            wait.until(d -> d.findElements(By.cssSelector("vaadin-button.attendance-toggle")).stream()
                    .allMatch(b -> b.getText().endsWith("present")));
            click(By.id("save-attendance"));
            return new BatchScreen(driver);
        }
    }
}
