package org.aashray.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page object of the login view (a TestBench page object would wrap the same elements). */
class LoginPage extends VaadinPage {

    LoginPage(WebDriver driver) {
        super(driver);
    }

    LoginPage open(String baseUrl) {
        driver.get(baseUrl + "login");
        visible(By.cssSelector("#vaadinLoginUsername input"));
        return this;
    }

    void logInAs(String username, String password) {
        type("vaadinLoginUsername", username);
        typeAndCommit("vaadinLoginPassword", password);
    }

    /** True when the login form says the attempt was refused. */
    boolean showsError() {
        return until(d -> holds("const f = document.querySelector('vaadin-login-form'); return f && f.error === true;"));
    }

    boolean isShown() {
        return !driver.findElements(By.cssSelector("vaadin-login-form")).isEmpty();
    }

    /** Picks the page's language (the page reloads in it) and waits for the form to show this login label. */
    LoginPage chooseLanguage(String language, String loginLabel) {
        select("login-language", language);
        // the page reloads: read its text by script, elements of the old page go stale
        until(d -> String.valueOf(js("return document.body ? document.body.innerText : ''")).contains(loginLabel));
        visible(By.cssSelector("#vaadinLoginUsername input"));
        return this;
    }
}
