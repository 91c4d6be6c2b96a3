package org.aashray.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.aashray.residents.intake.IntakeService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.TrainingTestData;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.SessionSummary;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.enrolment.TraineeRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class AttendanceViewTest extends SpringBrowserlessTest {

    @Autowired BatchService batches;
    @Autowired EnrolmentService enrolments;
    @Autowired IntakeService residents;
    @Autowired JdbcTemplate jdbc;
    BatchSummary batch;
    List<SessionSummary> sessions;
    List<TraineeRow> trainees;

    @BeforeEach
    void threeTraineesInABatchThatStartedLastWeek() {
        TrainingTestData data = new TrainingTestData(residents, batches, jdbc);
        LocalDate start = LocalDate.now().minusWeeks(1).with(DayOfWeek.TUESDAY);
        batch = data.batch("Threadwork and embroidery", start, start.plusWeeks(4), EnumSet.of(DayOfWeek.TUESDAY),
                LocalTime.of(4, 0), LocalTime.of(5, 0), 5);
        for (String name : List.of("Tablet trainee A", "Tablet trainee B", "Tablet trainee C")) {
            enrolments.enrol(batch.id(), data.resident("SUN-L", name, 25), LiteracyLevel.NONE);
        }
        sessions = batches.sessions(batch.id());
        trainees = enrolments.trainees(batch.id());
    }

    @Test
    @WithUserDetails("trainer")
    void all_present_then_one_tap_marks_the_whole_batch_and_the_absent_trainee_is_highlighted_below_the_threshold() {
        AttendanceView view = navigate(AttendanceView.class, sessions.getFirst().id());
        assertThat(view.toggles).hasSize(3);

        test(view.allPresent).click();
        assertThat(view.present.values()).containsOnly(true);
        long absent = trainees.get(1).enrolmentId();
        test(view.toggles.get(absent)).click();
        assertThat(view.toggles.get(absent).getText()).endsWith("absent");
        test(view.save).click();

        assertThat(jdbc.queryForObject("select count(*) from training_attendance where session_id = ? and present = true",
                Integer.class, sessions.getFirst().id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("select present from training_attendance where session_id = ? and enrolment_id = ?",
                Boolean.class, sessions.getFirst().id(), absent)).isFalse();
        // back on the batch: the absent trainee's 0 % stands out, the others do not
        BatchView batchView = find(BatchView.class).single();
        var grid = test(batchView.trainees);
        assertThat(grid.size()).isEqualTo(3);
        List<TraineeRow> rows = List.of(grid.getRow(0), grid.getRow(1), grid.getRow(2));
        assertThat(rows).extracting(TraineeRow::attendancePercent).containsExactly(100, 0, 100);
        assertThat(rows).extracting(TraineeRow::belowThreshold).containsExactly(false, true, false);
        Span lowCell = (Span) grid.getCellComponent(1, 2);
        assertThat(lowCell.getText()).isEqualTo("0 %");
        assertThat(lowCell.getClassNames()).contains("below-threshold");
        assertThat(((Span) grid.getCellComponent(0, 2)).getClassNames()).doesNotContain("below-threshold");
    }

    @Test
    @WithUserDetails("trainer")
    void a_future_session_is_shown_but_cannot_be_marked() {
        SessionSummary future = sessions.stream().filter(s -> s.date().isAfter(LocalDate.now())).findFirst().orElseThrow();
        AttendanceView view = navigate(AttendanceView.class, future.id());

        assertThat(view.notice.getText()).contains("has not happened yet");
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.allPresent.isEnabled()).isFalse();
        assertThat(view.toggles.values()).noneMatch(b -> b.isEnabled());
        assertThat(jdbc.queryForObject("select count(*) from training_attendance where session_id = ?", Integer.class,
                future.id())).isZero();
    }
}
