package org.aashray.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the resident list and of a resident's profile. */
class ResidentsPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ResidentsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    ResidentsPage openList(String baseUrl) {
        driver.get(baseUrl + "residents");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#filter-name input")));
        return this;
    }

    ResidentsPage searchName(String text) {
        driver.findElement(By.cssSelector("#filter-name input")).sendKeys(text);
        return this;
    }

    /** Waits until the filter has narrowed the grid to this one case, then opens it (retrying while the grid re-renders). */
    void openCase(String caseNumber) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
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
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name"))).getText();
    }

    String profileFacts() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-case-number"))).getText();
    }

    boolean showsNoConsentCallout() {
        return !driver.findElements(By.id("no-consent-callout")).isEmpty();
    }
}
