package org.aashray.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.aashray.homes.CurrentHome;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class OccupancyAndLimitsViewTest extends com.vaadin.browserless.SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentHome currentHome;

    @Test
    @WithUserDetails("caremanager")
    void the_home_dashboard_shows_todays_figures_and_a_twelve_month_chart_with_its_numbers_as_a_table() {
        currentHome.select(jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class));
        OccupancyView view = navigate(OccupancyView.class);
        long occupied = jdbc.queryForObject("select count(*) from bed_occupancy o join homes h on h.id = o.home_id where h.code = 'SUN-L'", Long.class);
        assertThat(view.figures.getElement().getTextRecursively()).contains(String.valueOf(occupied)).contains("Utilisation");
        assertThat(find(Svg.class).all()).hasSize(1);
        assertThat(test(view.months).size()).isEqualTo(12);
        // the latest month's row says how many were in beds today (the current month counts up to today)
        assertThat(test(view.months).getCellText(11, 4)).isEqualTo(String.valueOf(occupied));
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_changes_a_stay_limit_and_a_bad_value_is_refused_next_to_its_field() {
        StayLimitsView view = navigate(StayLimitsView.class);
        IntegerField days = find(IntegerField.class).withId("limit-TRANSIT-days").single();
        test(days).setValue(0);
        test(find(Button.class).withId("limit-TRANSIT-save").single()).click();
        assertThat(days.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select stay_days from placement_stay_limits where home_type = 'TRANSIT'", Integer.class)).isEqualTo(10);

        test(days).setValue(12);
        test(find(Button.class).withId("limit-TRANSIT-save").single()).click();
        assertThat(jdbc.queryForObject("select stay_days from placement_stay_limits where home_type = 'TRANSIT'", Integer.class)).isEqualTo(12);
        IntegerField reloaded = find(IntegerField.class).withId("limit-TRANSIT-days").single();
        test(reloaded).setValue(10);
        test(find(Button.class).withId("limit-TRANSIT-save").single()).click();
        assertThat(jdbc.queryForObject("select stay_days from placement_stay_limits where home_type = 'TRANSIT'", Integer.class)).isEqualTo(10);
    }
}
