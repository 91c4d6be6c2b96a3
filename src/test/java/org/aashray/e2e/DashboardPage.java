package org.aashray.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the main layout and dashboard. */
class DashboardPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    DashboardPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    String greeting() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-greeting"))).getText();
    }

    List<String> menuItems() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    boolean showsNotFound() {
        return wait.until(d -> !d.findElements(By.id("not-found")).isEmpty());
    }
}
