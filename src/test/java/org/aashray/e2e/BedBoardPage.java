package org.aashray.e2e;

import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the bed board and its admit, move and transfer request dialogs. */
class BedBoardPage extends VaadinPage {

    private static final By BEDS = By.cssSelector("#board-rooms vaadin-button");

    BedBoardPage(WebDriver driver) {
        super(driver);
    }

    BedBoardPage open(String baseUrl) {
        driver.get(baseUrl + "placements/board");
        present(BEDS);
        return this;
    }

    List<String> bedTexts() {
        return driver.findElements(BEDS).stream().map(WebElement::getText).toList();
    }

    boolean showsSomeoneNamed(String name) {
        return bedTexts().stream().anyMatch(t -> t.contains(name));
    }

    /** Clicks the first free bed and gives it to the resident with this case number, under a documented reason. */
    void admitToFirstFreeBed(String caseNumber, String reason) {
        press(present(By.cssSelector("#board-rooms vaadin-button[data-state='FREE']")));
        pick("admit-resident", caseNumber);
        type("admit-reason", reason);
        click("admit-save");
        gone("admit-save");
    }

    /** Opens the resident's bed, chooses "request a transfer", picks the home and gives the reason (care managers). */
    void requestTransfer(String name, String homeName, String reason) {
        pressBedOf(name);
        click("action-transfer");
        pick("transfer-home", homeName);
        type("transfer-reason", reason);
        click("transfer-save");
        gone("transfer-save");
    }

    /** Opens the menu of the bed the resident sleeps in. */
    void pressBedOf(String name) {
        press(until(d -> d.findElements(BEDS).stream().filter(b -> b.getText().contains(name)).findFirst().orElse(null)));
    }

    void waitUntil(Function<BedBoardPage, Boolean> condition) {
        until(d -> condition.apply(this));
    }
}
