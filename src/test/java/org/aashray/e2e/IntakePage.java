package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the short intake form (residents/new). */
class IntakePage extends VaadinPage {

    IntakePage(WebDriver driver) {
        super(driver);
    }

    IntakePage open(String baseUrl) {
        driver.get(baseUrl + "residents/new");
        visible(By.cssSelector("#intake-name input"));
        return this;
    }

    /** Types and goes on to the next field with Tab, as she fills the form from top to bottom. */
    @Override
    IntakePage type(String fieldId, String text) {
        typeAndLeave(fieldId, text);
        return this;
    }

    /** Types an item label into a combo box and takes the item. */
    IntakePage choose(String comboId, String text) {
        pick(comboId, text);
        return this;
    }

    @Override
    IntakePage select(String selectId, String label) {
        super.select(selectId, label);
        return this;
    }

    /** The earlier stays the form offers (shown once she has typed enough), as soon as one with this text is there. */
    String offeredStays(String containing) {
        return until(d -> {
            String shown = present(By.id("intake-matches")).getText();
            return shown.contains(containing) ? shown : null;
        });
    }

    /** Waits until the page has a font of this family loaded for what it shows (her name in its letters, not boxes). */
    boolean showsLettersIn(String family) {
        return until(d -> holds("return [...document.fonts].some(f => f.family.replaceAll('\"', '') === arguments[0]"
                + " && f.status === 'loaded');", family));
    }

    /**
     * Presses "Admit" and does not wait for the answer: during a database outage the answer is a notice, and the
     * journey reads it.
     */
    void admit() {
        WebElement admit = driver.findElement(By.id("admit"));
        js("arguments[0].scrollIntoView({block: 'center'});", admit);
        admit.click();
    }
}
