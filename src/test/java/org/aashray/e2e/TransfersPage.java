package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page object of a home's transfer requests: incoming ones to accept or decline, and those it sent. */
class TransfersPage extends VaadinPage {

    TransfersPage(WebDriver driver) {
        super(driver);
    }

    TransfersPage open(String baseUrl) {
        driver.get(baseUrl + "placements/transfers");
        present(By.id("transfers-title"));
        return this;
    }

    /** Accepts the request into the home's first free bed. */
    void acceptIntoFirstFreeBed(long transferId) {
        click("accept-" + transferId);
        pickFirst("accept-bed");
        click("accept-save");
        gone("accept-save");
    }
}
