package org.aashray.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.TrainingFigures;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class TrainingScreensTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("trainer")
    void the_trainer_sees_her_homes_batches_and_the_outcome_checks_that_are_overdue() {
        TrainingView view = navigate(TrainingView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(3);
        assertThat(test(view.due).size()).isPositive();
        assertThat(test(view.due).getCellText(0, 4)).isEqualTo("Overdue");
    }

    @Test
    @WithUserDetails("caremanager")
    void the_dashboard_shows_a_chart_and_its_numbers_by_course_and_home() {
        TrainingDashboardView view = navigate(TrainingDashboardView.class);
        assertThat(find(Svg.class).all()).hasSize(1);
        var byCourse = test(view.byCourse);
        TrainingFigures baking = null;
        for (int i = 0; i < byCourse.size(); i++) {
            if (byCourse.getRow(i).label().equals("Baking")) baking = byCourse.getRow(i);
        }
        assertThat(baking).isNotNull();
        assertThat(baking.completionRate()).isBetween(1, 100);
        assertThat(baking.placementRate(3)).isPositive();
        assertThat(test(view.byHome).getRow(0).label()).isEqualTo("Ujala Long-term Home (demo)");
    }

    @Test
    @WithUserDetails("official")
    void a_district_official_sees_no_rate_based_on_fewer_than_five_people() {
        TrainingDashboardView view = navigate(TrainingDashboardView.class);
        var byCourse = test(view.byCourse);
        boolean anySuppressed = false;
        for (int i = 0; i < byCourse.size(); i++) {
            if (byCourse.getRow(i).placementBase(3) < 5 && byCourse.getRow(i).placementRate(3) != null) {
                // column 4: placed at 3 months
                assertThat(byCourse.getCellText(i, 4)).isEqualTo("fewer than 5");
                anySuppressed = true;
            }
        }
        assertThat(anySuppressed).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_changes_the_limits_and_a_bad_threshold_is_refused_next_to_its_field() {
        TrainingAdminView view = navigate(TrainingAdminView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(9);
        test(view.threshold).setValue(0);
        test(view.saveSettings).click();
        assertThat(view.threshold.isInvalid()).isTrue();
        assertThat(view.threshold.getErrorMessage()).isEqualTo("Enter a number from 1 to 100.");
    }
}
