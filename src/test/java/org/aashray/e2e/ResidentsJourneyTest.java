package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentsJourneyTest extends BrowserTest {

    @Test
    void reception_registers_a_new_arrival_finds_her_in_the_list_and_opens_her_profile() {
        new LoginPage(driver).open(baseUrl()).logInAs("reception", "aashray-demo");
        new DashboardPage(driver).greeting();

        IntakePage intake = new IntakePage(driver).open(baseUrl());
        intake.type("intake-name", "Selenium Shabana Parvin")
                .type("intake-approximateAge", "24")
                .type("intake-languages", "Bengali")
                .choose("intake-origin", "Bangladesh")
                .select("intake-traffickingForm", "Labour trafficking (forced or bonded labour)");
        screenshot("intake-filled");
        intake.admit();

        ResidentsPage residents = new ResidentsPage(driver);
        assertThat(residents.profileName()).isEqualTo("Selenium Shabana Parvin");
        String facts = residents.profileFacts();
        String caseNumber = facts.substring(0, facts.indexOf(' '));
        assertThat(caseNumber).matches("SUN-T-\\d{4}-\\d{4}");
        assertThat(residents.showsNoConsentCallout()).isTrue();
        screenshot("profile-after-intake");

        residents.openList(baseUrl()).searchName("shabana parv");
        screenshot("list-search");
        residents.openCase(caseNumber);
        assertThat(residents.profileName()).isEqualTo("Selenium Shabana Parvin");
        assertThat(residents.profileFacts()).startsWith(caseNumber).contains("Asha Transit Home (demo)");
        screenshot("profile-from-list");
    }
}
