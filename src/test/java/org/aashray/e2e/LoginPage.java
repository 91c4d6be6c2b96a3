package org.aashray.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the login view (a TestBench page object would wrap the same elements). */
class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    LoginPage open(String baseUrl) {
        driver.get(baseUrl + "login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        return this;
    }

    void logInAs(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    /** True when the login form says the attempt was refused. */
    boolean showsError() {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            Object error = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "const f = document.querySelector('vaadin-login-form'); return f && f.error === true;");
            return Boolean.TRUE.equals(error) ? Boolean.TRUE : null;
        });
    }

    boolean isShown() {
        return !driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty();
    }
}
