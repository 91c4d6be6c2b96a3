package org.aashray.e2e;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Page objects of the training screens: batch list and form, batch screen, attendance screen. */
final class TrainingPages {

    private TrainingPages() {
    }

    static class BatchList extends VaadinPage {
        BatchList(WebDriver driver, String baseUrl) {
            super(driver);
            driver.get(baseUrl + "training");
            visible(By.id("batches-grid"));
            hideDevTools();
        }

        BatchScreen createBatch(String course, LocalDate start, LocalDate end, String day, String from, String to, int seats) {
            click("new-batch");
            pick("batch-course", course);
            type("batch-provider", "Tara Trainer (e2e)");
            type("batch-venue", "Sewing room");
            chooseDate("batch-start", start);
            chooseDate("batch-end", end);
            click(By.xpath("//vaadin-checkbox-group[@id='batch-days']/vaadin-checkbox[normalize-space(.)='" + day + "']/label"));
            until(d -> holds("return document.getElementById('batch-days').value.length === 1"));
            typeAndCommit("batch-start-time", from);
            typeAndCommit("batch-end-time", to);
            type("batch-capacity", String.valueOf(seats));
            click("save-batch");
            return new BatchScreen(driver);
        }
    }

    static class BatchScreen extends VaadinPage {
        private static final By OPEN_SESSIONS = By.cssSelector("vaadin-button.take-attendance:not([disabled])");

        BatchScreen(WebDriver driver) {
            super(driver);
            visible(By.id("batch-title"));
        }

        String title() {
            return visible(By.id("batch-title")).getText();
        }

        String seats() {
            return visible(By.id("batch-seats")).getText();
        }

        void enrol(String residentName) {
            click("enrol");
            pick("enrol-resident", residentName);
            selectFirst("enrol-literacy");
            click("save-enrolment");
            // the dialog leaves the page entirely before the next one opens with the same ids
            until(d -> d.findElements(By.id("enrol-resident")).isEmpty());
        }

        List<String> traineeRows() {
            return cells("trainees-grid");
        }

        AttendanceScreen takeFirstAttendance() {
            click(OPEN_SESSIONS);
            return new AttendanceScreen(driver);
        }

        void complete() {
            click("complete-batch");
            click("confirm-action");
            gone("complete-batch");
        }

        String certificateHref() {
            return present(By.cssSelector("a.certificate-link")).getAttribute("href");
        }
    }

    static class AttendanceScreen extends VaadinPage {
        private static final By TOGGLES = By.cssSelector("vaadin-button.attendance-toggle");

        AttendanceScreen(WebDriver driver) {
            super(driver);
            visible(By.id("all-present"));
        }

        int toggles() {
            return driver.findElements(TOGGLES).size();
        }

        BatchScreen allPresentAndSave() {
            click("all-present");
            until(d -> d.findElements(TOGGLES).stream().allMatch(b -> b.getText().endsWith("present")));
            click("save-attendance");
            return new BatchScreen(driver);
        }
    }
}
