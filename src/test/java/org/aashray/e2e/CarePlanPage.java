package org.aashray.e2e;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page object of a resident's "Care plan" profile tab and its goal dialog. */
class CarePlanPage extends VaadinPage {

    CarePlanPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the resident's profile on its care plan tab. */
    CarePlanPage open(String baseUrl, long residentId) {
        driver.get(baseUrl + "resident/" + residentId + "?tab=careplan");
        present(By.id("careplan-dates"));
        return this;
    }

    /** The line above the goals: when the plan is due, agreed or closed. */
    String dates() {
        return present(By.id("careplan-dates")).getText().trim();
    }

    /** Adds a goal, as the care manager fills the dialog from top to bottom, and waits for it in the grid. */
    void addGoal(String area, String owner, String goal, LocalDate target) {
        click("careplan-add-goal");
        select("goal-area", area);
        typeAndLeave("goal-owner", owner);
        typeAndLeave("goal-text", goal);
        chooseDate("goal-target", target);
        click("goal-save");
        gone("goal-save");
        until(d -> goals().contains(goal));
    }

    List<String> goals() {
        return cells("careplan-goals");
    }

    boolean mayAddGoals() {
        return !driver.findElements(By.id("careplan-add-goal")).isEmpty();
    }
}
