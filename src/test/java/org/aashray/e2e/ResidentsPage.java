package org.aashray.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the resident list and of a resident's profile. */
class ResidentsPage extends VaadinPage {

    ResidentsPage(WebDriver driver) {
        super(driver);
    }

    ResidentsPage openList(String baseUrl) {
        driver.get(baseUrl + "residents");
        visible(By.cssSelector("#filter-name input"));
        return this;
    }

    ResidentsPage searchName(String text) {
        type("filter-name", text);
        return this;
    }

    /** Waits until the filter has narrowed the grid to this one case, then opens it (looking again while the grid re-renders). */
    void openCase(String caseNumber) {
        until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#residents-grid a.case-link")).stream()
                    .filter(WebElement::isDisplayed).toList();
            if (links.size() != 1 || !links.getFirst().getText().trim().equals(caseNumber)) {
                return false;
            }
            links.getFirst().click();
            return true;
        });
    }

    String profileName() {
        return visible(By.id("profile-name")).getText();
    }

    String profileFacts() {
        return visible(By.id("profile-case-number")).getText();
    }

    boolean showsNoConsentCallout() {
        return !driver.findElements(By.id("no-consent-callout")).isEmpty();
    }
}
