package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** ADMIN manages structure, never survivors: the audit log says who changed which field of a resident, not to what. */
class AuditLogJourneyTest extends BrowserTest {

    @Autowired IntakeService intakes;
    @Autowired JdbcTemplate jdbc;

    @Test
    void admin_opens_the_audit_log_after_a_residents_address_changed_and_sees_the_change_without_the_address() {
        String address = "House 4417, Neem Gali, Basirhat";
        long id = SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class));
            in.setName("Selenium Audit Rupa");
            in.setApproximateAge(23);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            return intakes.admit(in).id();
        });

        new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
        new DashboardPage(driver).greeting();
        VaadinPage profile = new VaadinPage(driver);
        driver.get(baseUrl() + "resident/" + id);
        profile.click("edit-profile");
        profile.typeAndLeave("profile-address", address);
        profile.click("save-profile");
        profile.gone("save-profile");
        driver.manage().deleteAllCookies();

        new LoginPage(driver).open(baseUrl()).logInAs("admin", "aashray-demo");
        new DashboardPage(driver).greeting();
        AuditLogPage audit = new AuditLogPage(driver).open(baseUrl()).record("Resident", id).expand("caremanager");
        audit.until(d -> audit.changesText().contains("address"));
        screenshot("audit-resident-change-without-values");

        String shown = audit.changesText() + driver.findElement(By.tagName("body")).getText();
        assertThat(shown).contains("caremanager", "UPDATE", "address").doesNotContain("Neem Gali").doesNotContain("Rupa");
    }
}
