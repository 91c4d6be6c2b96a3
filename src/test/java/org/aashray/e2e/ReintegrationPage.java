package org.aashray.e2e;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page object of a resident's "Reintegration" profile tab and its verification and readiness forms. */
class ReintegrationPage extends VaadinPage {

    ReintegrationPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the resident's profile and its reintegration tab. */
    ReintegrationPage open(String baseUrl, long residentId) {
        driver.get(baseUrl + "resident/" + residentId);
        pressTab();
        present(By.id("readiness-result"));
        return this;
    }

    /** On a resident's profile already shown (e.g. opened from an alert): its reintegration tab. */
    ReintegrationPage openTab() {
        pressTab();
        present(By.id("followups-grid"));
        return this;
    }

    /** With every feature's tab present the strip scrolls: the tab is brought into view before it is pressed. */
    private void pressTab() {
        press(until(d -> d.findElements(By.cssSelector("#profile-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals("Reintegration")).findFirst().orElse(null)));
    }

    /** Records a follow-up of the grid: reached by phone on this date, how she is. */
    void recordFollowUp(long followUpId, LocalDate date, String wellbeing) {
        click("record-followup-" + followUpId);
        chooseDate("followup-date", date);
        select("followup-mode", "Phone");
        type("followup-wellbeing", wellbeing);
        click("followup-save");
        gone("followup-save");
    }

    /** Her readiness for a restoration to her family, e.g. "Restored to family: Ready". */
    String readinessResult() {
        // after a save the line is drawn again, above the fold, where the visible text of it reads as empty
        return until(d -> {
            String text = d.findElement(By.id("readiness-result-RESTORED_TO_FAMILY")).getDomProperty("textContent");
            return text == null || text.isBlank() ? null : text.trim();
        });
    }

    /** The care manager asks for a verification of the family's address and assigns it to a member of staff. */
    void requestVerification(String destination, String staffName) {
        click("request-verification");
        type("verification-destination", destination);
        pick("verification-assignee", staffName);
        click("verification-request-save");
        gone("verification-request-save");
    }

    /** Texts of the verification grid's cells (destination, assignee, due date, outcome). */
    List<String> verificationCells() {
        return cells("verifications-grid");
    }

    /** The visiting worker records the visit: whom she met, nobody involved, the recommendation and why. */
    void fillVerification(LocalDate visitDate, String peopleMet, String recommendation, String reasons) {
        click(By.cssSelector("#verifications-grid vaadin-button[id^='record-verification-']"));
        chooseDate("verification-visitDate", visitDate);
        type("verification-peopleMet", peopleMet);
        chooseRadio("verification-involvedInTrafficking", "No");
        select("verification-recommendation", recommendation);
        type("verification-reasons", reasons);
    }

    void saveVerification() {
        click("verification-record-save");
        gone("verification-record-save");
    }

    /** Records a new readiness check starting from the previous answers (the verification line is computed). */
    void recordReadinessCheck() {
        click("readiness-save");
    }

    void waitForReadiness(String text) {
        until(d -> d.findElement(By.id("readiness-result-RESTORED_TO_FAMILY")).getText().equals(text));
    }

    /** The "n months after exit" cells of the follow-up grid, one per follow-up. */
    List<String> followUps() {
        present(By.id("followups-grid"));
        return cells("followups-grid").stream().filter(t -> t.endsWith("after exit")).toList();
    }

    String exitResponsible() {
        return present(By.id("exit-responsible")).getText();
    }
}
