package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reception and the care manager walk the places screens (dashboard, bed board and its admit, move and exit
 * dialogs, occupancy, the reintegration page and a resident's reintegration tab) at a desktop size and in
 * 800 px portrait: the board and the dashboard count the same beds, and a refused restoration offers the
 * override in the exit dialog. Screenshots: target/screenshots/walk-*.
 */
class PlacesWalkJourneyTest extends BrowserTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ReadinessService readiness;

    @Test
    void reception_and_the_care_manager_walk_the_places_screens_on_a_desktop_and_in_portrait() {
        String name = "Walk Parul " + (System.nanoTime() % 10000);
        long id = fx.placedResident("SUN-T", name).resident().id();
        List<ReadinessItemAnswer> answers = Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, i == ReadinessItem.SAFETY_PLAN ? Answer.NOT_MET : Answer.MET, null)).toList();
        fx.as("counsellor", () -> readiness.record(id, answers));
        for (String user : List.of("reception", "caremanager")) {
            for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(800, 1280))) {
                try {
                    walk(user, size, name, id);
                } catch (Throwable t) {
                    screenshot("walk-" + user + "-" + size.width + "-failed");
                    throw t;
                }
            }
        }
    }

    private void walk(String user, Dimension size, String name, long residentId) {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(size);
        String tag = "walk-" + user + "-" + size.width + "-";
        new LoginPage(driver).open(baseUrl()).logInAs(user, "aashray-demo");
        DashboardPage dashboard = new DashboardPage(driver);
        dashboard.greeting();
        dashboard.hideDevTools();
        String card = dashboard.visible(By.id("occupancy-card-SUN-T")).getText();
        look(tag + "1-dashboard");

        BedBoardPage board = new BedBoardPage(driver).open(baseUrl());
        board.hideDevTools();
        String summary = board.visible(By.id("board-summary")).getText();
        assertThat(numbers(summary, "(\\d+) of (\\d+) beds occupied")).as("board %s, card %s", summary, card)
                .isEqualTo(numbers(card, "Beds occupied: (\\d+) of (\\d+)"));
        look(tag + "2-board");

        board.press(board.present(By.cssSelector("#board-rooms vaadin-button[data-state='FREE']")));
        board.present(By.id("admit-save"));
        look(tag + "3-admit");
        escape(board, "admit-save");

        board.pressBedOf(name);
        board.present(By.id("action-move"));
        look(tag + "4-bed-actions");
        board.click("action-move");
        board.present(By.id("move-save"));
        look(tag + "5-move");
        escape(board, "move-save");

        BedExitPage exit = new BedExitPage(driver).openFor(name);
        look(tag + "6-exit");
        if (user.equals("caremanager")) {
            exit.fill("Where she goes (address or organisation)", "Mother's home, Vill. Dhanpur")
                    .fill("Order that releases her", "CWC/REL/2026/77");
            exit.save();
            exit.visible(By.id("readiness-gate-override"));
            look(tag + "7-exit-refused");
        }
        escape(exit, "exit-save");

        driver.get(baseUrl() + "placements/occupancy");
        board.visible(By.id("occupancy-figures"));
        board.idle();
        look(tag + "8-occupancy");

        if (user.equals("caremanager")) {
            driver.get(baseUrl() + "reintegration");
            board.visible(By.id("due-items"));
            board.idle();
            look(tag + "9-reintegration-due");
            for (String tab : List.of("Residents in care", "Verifications pending")) {
                board.press(board.until(d -> d.findElements(By.cssSelector("#reintegration-view vaadin-tab")).stream()
                        .filter(t -> t.getText().trim().equals(tab)).findFirst().orElse(null)));
                look(tag + "9-reintegration-" + tab.split(" ")[0].toLowerCase());
            }
            driver.get(baseUrl() + "resident/" + residentId + "?tab=reintegration");
            board.visible(By.id("readiness-result"));
            board.idle();
            look(tag + "10-resident-reintegration");
        }
    }

    /** Keeps a screenshot of the screen once the server has answered, for a person to look at. */
    private void look(String name) {
        page().idle();
        screenshot(name);
    }

    private void escape(VaadinPage page, String gone) {
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        page.gone(gone);
        page.idle();
    }

    private static List<Long> numbers(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("'%s' in '%s'", pattern, text).isTrue();
        return List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}
