package org.aashray.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Page object of the main layout and dashboard. */
class DashboardPage extends VaadinPage {

    DashboardPage(WebDriver driver) {
        super(driver);
    }

    String greeting() {
        return visible(By.id("dashboard-greeting")).getText();
    }

    List<String> menuItems() {
        present(By.cssSelector("#main-nav vaadin-side-nav-item"));
        return driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::trim).toList();
    }

    boolean showsNotFound() {
        return until(d -> !d.findElements(By.id("not-found")).isEmpty());
    }
}
