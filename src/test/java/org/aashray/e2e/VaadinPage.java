package org.aashray.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object does with a Vaadin page, written once: wait for an element or for the server to answer,
 * type into a field, pick from a combo box or a select, choose a date, press a button, read a grid or a
 * notification. Fields and buttons are found by their id, as a person finds them by their label. Each step waits
 * for what a person would see before going on, so that a loaded machine makes a journey slower, not flaky.
 */
class VaadinPage {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    /** True when no Flow client has a request to the server under way (what TestBench's waitForVaadin asks). */
    private static final String IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) return !(flow && flow.devServerIsNotLoaded);
            return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());""";

    final WebDriver driver;
    private final WebDriverWait wait;

    VaadinPage(WebDriver driver) {
        this(driver, TIMEOUT);
    }

    /** For a page whose answer takes longer than a click's (a report written in the background). */
    VaadinPage(WebDriver driver, Duration timeout) {
        this.driver = driver;
        // asked every 50 ms, not Selenium's default 500: most waits follow a click the server answers in tens of ms
        this.wait = new WebDriverWait(driver, timeout, POLL);
        // a grid or a list re-renders while it is read: look again rather than fail
        wait.ignoring(StaleElementReferenceException.class);
    }

    // ------------------------------------------------------------------ waiting

    /** The text as an XPath string literal, whatever quotes it holds (residents' names may carry both). */
    static String xpathLiteral(String text) {
        if (!text.contains("'")) return "'" + text + "'";
        if (!text.contains("\"")) return "\"" + text + "\"";
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Waits until the server has answered every request the page sent (after a click, a value change). */
    void idle() {
        wait.until(d -> holds(IDLE));
    }

    /** Whether a script answers true; false while the page is being replaced (a navigation), so a wait asks again. */
    boolean holds(String script, Object... args) {
        try {
            return Boolean.TRUE.equals(js(script, args));
        } catch (WebDriverException e) {
            return false;
        }
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    WebElement present(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void gone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    void gone(String id) {
        gone(By.id(id));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Dev mode's Copilot button floats over the page corner; a real user would move it, the test removes it. */
    void hideDevTools() {
        js("document.querySelectorAll('copilot-main, vaadin-dev-tools').forEach(e => e.remove())");
    }

    // ------------------------------------------------------------------ buttons

    void click(String id) {
        click(By.id(id));
    }

    void click(By by) {
        press(present(by));
    }

    /** Brings the element into view (pages are longer than the window), clicks it and waits for the server's answer. */
    void press(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (ElementClickInterceptedException e) {
            hideDevTools();
            js("arguments[0].click()", element);
        }
        idle();
    }

    // ------------------------------------------------------------------ fields

    /** The text input of a text field, text area, combo box or picker (the last one, when a closing dialog still has it). */
    WebElement input(String id) {
        By by = By.cssSelector("#" + id + " input, #" + id + " textarea");
        visible(by);
        WebElement input = driver.findElements(by).getLast();
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        return input;
    }

    /** Replaces what the field holds with the text, as typed. */
    VaadinPage type(String id, String text) {
        input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return this;
    }

    /** Types and presses Enter (a time picker takes the time, a text field commits). */
    void typeAndCommit(String id, String text) {
        input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        idle();
    }

    /** Types and leaves the field with Tab, as a person going on to the next one. */
    void typeAndLeave(String id, String text) {
        input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        idle();
    }

    /** Types the day as a person would ("7/3/2026": the app shows dd/MM/yyyy and also reads d/M/yyyy) and waits for it. */
    void chooseDate(String id, LocalDate date) {
        input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"),
                "%d/%d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear()), Keys.ENTER);
        wait.until(d -> date.toString().equals(js("return document.getElementById(arguments[0]).value", id))
                && d.findElements(By.cssSelector("vaadin-month-calendar")).stream().noneMatch(WebElement::isDisplayed));
        idle();
    }

    /**
     * Types into a combo box and clicks the entry with this text (or the first one containing it). The list may
     * filter in the database: it waits until every entry shown contains the text, not the unfiltered first page.
     */
    void pick(String id, String text) {
        input(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        String wanted = text.toLowerCase(Locale.ROOT);
        WebElement item = wait.until(d -> {
            List<WebElement> shown = shownComboItems();
            if (shown.isEmpty() || !shown.stream().allMatch(i -> i.getText().toLowerCase(Locale.ROOT).contains(wanted))) {
                return null;
            }
            return shown.stream().filter(i -> i.getText().trim().equals(text)).findFirst().orElse(shown.getFirst());
        });
        js("arguments[0].click()", item);
        waitUntilChosen(id);
    }

    /** Opens a combo box and clicks its first entry. */
    void pickFirst(String id) {
        WebElement input = input(id);
        WebElement item = wait.until(d -> {
            List<WebElement> shown = shownComboItems();
            if (shown.isEmpty()) {
                input.click(); // the list opens once its items have arrived
                return null;
            }
            return shown.getFirst();
        });
        js("arguments[0].click()", item);
        waitUntilChosen(id);
    }

    private List<WebElement> shownComboItems() {
        return driver.findElements(By.cssSelector("vaadin-combo-box-item")).stream().filter(WebElement::isDisplayed).toList();
    }

    private void waitUntilChosen(String id) {
        wait.until(d -> holds("const c = document.getElementById(arguments[0]);"
                + " return !!c && !c.opened && c.selectedItem != null;", id));
        idle();
    }

    /** Opens a select and clicks the item with exactly this text. */
    VaadinPage select(String id, String label) {
        choose(id, items -> items.stream().filter(i -> i.getText().trim().equals(label)).findFirst().orElse(null));
        return this;
    }

    /** Opens a select and clicks its first item. */
    void selectFirst(String id) {
        choose(id, items -> items.isEmpty() ? null : items.getFirst());
    }

    private void choose(String id, Function<List<WebElement>, WebElement> which) {
        // opened by script: the select's own button may sit under the dialog's footer on a small window
        js("const s = document.getElementById(arguments[0]); s.scrollIntoView({block: 'center'}); s.opened = true;", id);
        WebElement item = wait.until(d -> which.apply(d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed).toList()));
        js("arguments[0].click()", item);
        // a select may reload the page (the language): then it is gone, and what follows waits for the new page
        wait.until(d -> holds("const s = document.getElementById(arguments[0]); return !s || s.opened === false && !!s.value;", id));
        idle();
    }

    /** Clicks the radio button with this label in the group. */
    void chooseRadio(String groupId, String label) {
        press(wait.until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button")).stream()
                .filter(r -> r.getText().trim().equals(label)).findFirst().orElse(null)));
    }

    /** The value the browser holds for a field (what she typed, whether or not the server has it). */
    String value(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).value;", id));
    }

    // ------------------------------------------------------------------ reading

    /** The texts of a grid's cells that show something, top row first. */
    List<String> cells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(c -> c.getText().trim()).filter(t -> !t.isEmpty()).toList();
    }

    /** Waits for a notification containing the text and returns all its text. */
    String notification(String containing) {
        return wait.until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream().map(WebElement::getText)
                .filter(t -> t.contains(containing)).findFirst().orElse(null));
    }

    /** Removes the notifications shown, so that the next one read is a new one. */
    void clearNotifications() {
        js("document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove());");
    }
}
