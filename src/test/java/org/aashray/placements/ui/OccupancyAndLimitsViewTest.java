package org.aashray.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import org.aashray.homes.BedService;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class OccupancyAndLimitsViewTest extends com.vaadin.browserless.SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentHome currentHome;
    @Autowired ReintegrationFixtures fx;
    @Autowired BedService beds;
    @Autowired MoveService moves;
    @Autowired Clock clock;

    long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    String figure(OccupancyView view, String name) {
        return view.figures.getChildren().filter(c -> name.equals(c.getElement().getAttribute("data-figure")))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + name)).getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails("caremanager")
    void a_transfer_to_another_home_counts_among_the_departures_whose_length_of_stay_is_given() {
        LocalDate today = LocalDate.now(clock);
        long sunL = homeId("SUN-L");
        long resident = fx.placedResident("SUN-T", "Occupancy Transfer Bela").resident().id();
        long bedInL = SystemAuthentication.call(() -> beds.addBeds(
                beds.addRoom(sunL, "Occupancy test room " + System.nanoTime() % 100000).id(), "OT", 1).getFirst().id());
        PlacementRecord p = fx.currentPlacement(resident);
        SystemAuthentication.run(() -> moves.move(new Transfer(resident, p.id(), p.version(), bedInL, today,
                "Long-term rehabilitation ordered by the CWC", null, null)));
        long departures = jdbc.queryForObject("""
                select count(*) from placements p join homes h on h.id = p.home_id where h.code = 'SUN-T' and p.bed_id is not null
                  and p.end_date between ? and ? and p.end_kind in ('EXIT', 'TRANSFER')""", Long.class, today.minusDays(29), today);

        currentHome.select(homeId("SUN-T"));
        OccupancyView view = navigate(OccupancyView.class);

        String left = figure(view, "departures30");
        assertThat(left).startsWith(String.valueOf(departures)).contains("transferred to another home");
        assertThat(figure(view, "stay")).contains("of the " + departures + " who left");
    }

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
