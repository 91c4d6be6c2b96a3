package org.aashray.e2e;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the counselling calendar and its session dialog. */
class CounsellingPage extends VaadinPage {

    private static final By ENTRIES = By.cssSelector("#counselling-calendar .cal-entry");

    CounsellingPage(WebDriver driver) {
        super(driver);
    }

    CounsellingPage open(String baseUrl) {
        driver.get(baseUrl + "counselling");
        present(By.id("counselling-calendar"));
        return this;
    }

    CounsellingPage weeksBack(int weeks) {
        for (int i = 0; i < weeks; i++) {
            String before = range();
            click("calendar-previous");
            until(d -> !range().equals(before));
        }
        return this;
    }

    CounsellingPage weeksAhead(int weeks) {
        for (int i = 0; i < weeks; i++) {
            String before = range();
            click("calendar-next");
            until(d -> !range().equals(before));
        }
        return this;
    }

    /** Presses Tab from the week's "next" button until a free half-hour has the focus, as a keyboard user does. */
    void tabToFirstFreeSlot() {
        js("document.getElementById('calendar-next').focus()");
        for (int i = 0; i < 10 && !focusedIsFreeSlot(); i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        if (!focusedIsFreeSlot()) throw new AssertionError("no free half-hour reached with Tab");
    }

    private boolean focusedIsFreeSlot() {
        return holds("return document.activeElement.classList.contains('cal-free')");
    }

    /** Presses keys on what has the focus and waits for the server. */
    void keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        idle();
    }

    /** The name a screen reader reads for what has the focus. */
    String focusedLabel() {
        return String.valueOf(js("return document.activeElement.getAttribute('aria-label') || document.activeElement.innerText"));
    }

    String range() {
        return driver.findElement(By.id("calendar-range")).getText();
    }

    /** Slots are named by their start ("cal-slot-202607091000"), not by a date format. */
    void clickSlot(LocalDateTime slot) {
        click("cal-slot-" + slot.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm")));
        present(By.id("session-residents"));
    }

    /** Types the name into the multi-select box, ticks her entry and closes the list. */
    void chooseResident(String name) {
        WebElement input = input("session-residents");
        input.click();
        input.sendKeys(name);
        By item = By.xpath("//vaadin-multi-select-combo-box-item[contains(., " + xpathLiteral(name) + ")]");
        js("arguments[0].scrollIntoView({block: 'nearest'}); arguments[0].click();", present(item));
        input.sendKeys(Keys.ESCAPE);
        idle();
    }

    void setWeeks(int weeks) {
        typeAndLeave("session-weeks", String.valueOf(weeks));
    }

    void book() {
        click("session-save");
        gone("session-residents");
    }

    List<WebElement> entries() {
        return driver.findElements(ENTRIES);
    }

    WebElement waitForEntry(String text) {
        return until(d -> d.findElements(ENTRIES).stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    void openEntry(WebElement entry) {
        press(entry);
        present(By.id("session-attendance"));
    }

    void recordAttendance(String label, String note) {
        select("session-attendance", label);
        type("session-note", note);
        click("session-save-record");
        gone("session-attendance");
    }
}
