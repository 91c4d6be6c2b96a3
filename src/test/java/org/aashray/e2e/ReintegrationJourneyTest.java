package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way home in the browser: the care manager asks for a home verification, the counsellor records the
 * family as safe and the readiness check turns ready, the care manager restores her to her family from the
 * bed board, and the follow-up schedule appears on her reintegration tab.
 */
class ReintegrationJourneyTest extends BrowserTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ReadinessService readiness;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void verification_readiness_restoration_and_six_follow_ups() {
        try {
            journey();
        } catch (Throwable t) {
            screenshot("reintegration-failed");
            throw t;
        }
    }

    private void journey() {
        // A resident in a bed of the transit home whose last check found everything met but the home verification.
        String name = "Journey Rupa " + (System.nanoTime() % 10000);
        long id = fx.placedResident("SUN-T", name).resident().id();
        List<ReadinessItemAnswer> allMet = Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, Answer.MET, null)).toList();
        fx.as("counsellor", () -> readiness.record(id, allMet));
        LocalDate today = LocalDate.now(clock);

        // The care manager asks for a verification of the family's home and gives it to the counsellor.
        new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
        new DashboardPage(driver).greeting();
        ReintegrationPage tab = new ReintegrationPage(driver).open(baseUrl(), id);
        assertThat(tab.readinessResult()).startsWith("Restored to family: Not ready").contains("home verification");
        tab.requestVerification("Vill. Kashipur, PO Basirhat, North 24 Parganas", "Kavita");
        assertThat(tab.verificationCells()).anyMatch(c -> c.contains("Kashipur")).anyMatch(c -> c.contains("Kavita"));
        screenshot("reintegration-1-verification-requested");

        // The counsellor visits the family and records the home as safe; the next check turns ready.
        logOut();
        new LoginPage(driver).open(baseUrl()).logInAs("counsellor", "aashray-demo");
        new DashboardPage(driver).greeting();
        tab = new ReintegrationPage(driver).open(baseUrl(), id);
        tab.fillVerification(today, "Mother and elder brother", "Safe",
                "Mother wants her home; brother works at the brick kiln, no contact with the recruiter");
        screenshot("reintegration-2-verification-form");
        tab.saveVerification();
        assertThat(tab.verificationCells()).anyMatch(c -> c.startsWith("Safe"));
        // The home verification line is computed: the safe visit already lifts the only missing item.
        tab.waitForReadiness("Restored to family: Ready");
        tab.recordReadinessCheck();
        page().until(d -> jdbc.queryForObject(
                "select count(*) from reint_readiness_checks where resident_id = ? and ready = true", Long.class, id) == 1);
        assertThat(tab.readinessResult()).isEqualTo("Restored to family: Ready");
        screenshot("reintegration-3-ready");

        // The care manager restores her to her family from the bed board.
        logOut();
        new LoginPage(driver).open(baseUrl()).logInAs("caremanager", "aashray-demo");
        new DashboardPage(driver).greeting();
        BedBoardPage board = new BedBoardPage(driver).open(baseUrl());
        BedExitPage exit = new BedExitPage(driver).openFor(name);
        assertThat(exit.reason()).contains("Restored to family");
        exit.fill("Where she goes (address or organisation)", "Mother's home, Vill. Kashipur, Basirhat")
                .fill("Order that releases her", "CWC N24P/2026/118");
        screenshot("reintegration-4-exit-dialog");
        exit.save();
        exit.waitUntilClosed();
        board.waitUntil(b -> !b.showsSomeoneNamed(name));
        screenshot("reintegration-5-board-after-exit");

        // Six follow-ups, at 1, 3, 6, 12, 18 and 24 months, are on her reintegration tab.
        tab = new ReintegrationPage(driver).open(baseUrl(), id);
        assertThat(tab.followUps()).containsExactly("1 month after exit", "3 months after exit", "6 months after exit",
                "12 months after exit", "18 months after exit", "24 months after exit");
        assertThat(tab.exitResponsible()).contains("Restored to family", "Vill. Kashipur", "Kavita");
        screenshot("reintegration-6-follow-ups");
        assertThat(jdbc.queryForList("select due_on from reint_followups where resident_id = ? order by due_on", LocalDate.class, id))
                .containsExactly(today.plusMonths(1), today.plusMonths(3), today.plusMonths(6), today.plusMonths(12),
                        today.plusMonths(18), today.plusMonths(24));
    }

    private void logOut() {
        driver.manage().deleteAllCookies();
    }
}
