package org.aashray.e2e;

import org.openqa.selenium.WebDriver;

/** Page object of the administrator's audit log. */
class AuditLogPage extends VaadinPage {

    AuditLogPage(WebDriver driver) {
        super(driver);
    }

    AuditLogPage open(String baseUrl) {
        driver.get(baseUrl + "admin/audit");
        visible(org.openqa.selenium.By.id("audit-changes"));
        return this;
    }

    /** Shows the changes to one record. */
    AuditLogPage record(String type, long id) {
        typeAndLeave("audit-entity-type", type);
        typeAndLeave("audit-entity-id", String.valueOf(id));
        return this;
    }

    /** Opens the details of the first change whose row shows {@code text} and waits for them. */
    AuditLogPage expand(String text) {
        until(d -> changesText().contains(text));
        press(present(org.openqa.selenium.By.xpath("//vaadin-grid[@id='audit-changes']/vaadin-grid-cell-content[contains(., "
                + xpathLiteral(text) + ")]")));
        return this;
    }

    /** Everything the changes grid shows, its rows and opened details. */
    String changesText() {
        return String.valueOf(js("return Array.from(document.querySelectorAll('#audit-changes vaadin-grid-cell-content'))"
                + ".map(c => c.textContent).join('\\n')"));
    }
}
