package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TrainingJourneyTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_trainer_runs_a_batch_from_planning_to_certificate() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            screenshot("training-journey-failed");
            Object fields = page().js(
                    "return Array.from(document.querySelectorAll('[invalid]')).map(f => f.id + ': ' + f.errorMessage)"
                    + ".concat(Array.from(document.querySelectorAll('[id^=batch-], [id^=enrol-]')).map(f => f.id + '=' + f.value));");
            throw new AssertionError("Journey failed; fields: " + fields, e);
        }
    }

    private void journey() throws Exception {
        new LoginPage(driver).open(baseUrl()).logInAs("trainer", "aashray-demo");
        new DashboardPage(driver).greeting();
        LocalDate today = LocalDate.now();

        TrainingPages.BatchScreen batch = new TrainingPages.BatchList(driver, baseUrl())
                .createBatch("Baking", today.minusDays(14), today, "Sunday", "16:00", "17:30", 5);
        assertThat(batch.title()).isEqualTo("Baking");
        screenshot("training-batch-created");

        // two demo women of the trainer's home, in residence, with names no one else has
        java.util.List<String> women = jdbc.queryForList("""
                select r.name from residents r join homes h on h.id = r.home_id where h.code = 'SUN-L'
                and r.status = 'IN_RESIDENCE' and r.name regexp '^[A-Za-z]+ [A-Za-z]+$'
                and (select count(*) from residents o where o.name = r.name) = 1 order by r.admitted_on desc limit 2""", String.class);
        assertThat(women).hasSize(2);
        batch.enrol(women.get(0));
        batch.enrol(women.get(1));
        assertThat(batch.seats()).startsWith("2 of 5 seats taken");
        assertThat(batch.traineeRows()).anyMatch(t -> t.contains(women.get(0))).anyMatch(t -> t.contains(women.get(1)));

        TrainingPages.AttendanceScreen attendance = batch.takeFirstAttendance();
        assertThat(attendance.toggles()).isEqualTo(2);
        screenshot("training-attendance");
        batch = attendance.allPresentAndSave();
        assertThat(batch.traineeRows()).contains("100 %");

        batch.complete();
        screenshot("training-batch-completed");
        String href = batch.certificateHref();

        // fetch the certificate as the browser would, with the trainer's session cookie
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        Path saved = Files.createDirectories(Path.of("target", "screenshots")).resolve("training-certificate.pdf");
        Files.write(saved, response.body());
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
            String text = PdfTextExtractor.getTextFromPage(pdf.getPage(1), new LocationTextExtractionStrategy().setUseActualText(true));
            assertThat(text).contains("Certificate of completion").contains("Baking")
                    .containsAnyOf(women.get(0), women.get(1)).contains("SUN-L-TRN-");
        }
        assertThat(jdbc.queryForObject("select count(*) from training_enrolments e join training_batches b on b.id = e.batch_id "
                + "where b.provider = 'Tara Trainer (e2e)' and e.status = 'COMPLETED' and e.certificate_number is not null",
                Integer.class)).isEqualTo(2);
    }
}
