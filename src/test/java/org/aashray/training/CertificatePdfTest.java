package org.aashray.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import org.aashray.base.ValidationException;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.internal.ResidentService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.CertificateService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class CertificatePdfTest {

    @Autowired BatchService batches;
    @Autowired EnrolmentService enrolments;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired ResidentService residents;
    @Autowired IntakeService intakes;
    @Autowired JdbcTemplate jdbc;

    /** All text of the PDF, page by page, as a reader's copy-and-paste would give it (shaped Indic text via /ActualText). */
    static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder s = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) s.append(PdfTextExtractor.getTextFromPage(doc.getPage(p),
                        new LocationTextExtractionStrategy().setUseActualText(true))).append('\n');
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @WithUserDetails("trainer")
    void the_certificate_names_the_trainee_in_her_own_script_the_course_dates_hours_and_number() throws Exception {
        TrainingTestData data = new TrainingTestData(intakes, batches, jdbc);
        LocalDate start = LocalDate.now().minusWeeks(5).with(DayOfWeek.SATURDAY);
        BatchSummary batch = data.batch("Beauty care", start, start.plusWeeks(3), EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(5, 0), LocalTime.of(7, 30), 5);
        long her = data.resident("SUN-L", "प्रिया शर्मा", 23);
        long dropped = data.resident("SUN-L", "Left early", 23);
        enrolments.enrol(batch.id(), her, LiteracyLevel.BASIC);
        enrolments.enrol(batch.id(), dropped, LiteracyLevel.BASIC);
        TraineeRow row = enrolments.trainees(batch.id()).stream().filter(t -> t.residentId() == her).findFirst().orElseThrow();
        TraineeRow other = enrolments.trainees(batch.id()).stream().filter(t -> t.residentId() == dropped).findFirst().orElseThrow();
        enrolments.drop(other.enrolmentId(), other.version(), "Moved to another home");
        batches.sessions(batch.id()).forEach(s -> attendance.mark(s.id(), Map.of(row.enrolmentId(), true)));
        enrolments.complete(batch.id(), batches.summary(batch.id()).version());

        byte[] pdf = certificates.certificate(row.enrolmentId());
        Path dir = Files.createDirectories(Path.of("target", "training-pdf"));
        Files.write(dir.resolve("certificate.pdf"), pdf);
        String text = text(pdf);
        String name = residents.summary(her).name();
        String number = jdbc.queryForObject("select certificate_number from training_enrolments where id = ?", String.class,
                row.enrolmentId());
        assertThat(name).startsWith("प्रिया शर्मा");
        assertThat(text).contains(name).contains("Beauty care").contains(number).contains("Test Institute")
                .contains("Hours of training").contains("10"); // 4 Saturdays of 2.5 hours
        assertThatThrownBy(() -> certificates.certificate(other.enrolmentId())).isInstanceOf(ValidationException.class);
    }
}
