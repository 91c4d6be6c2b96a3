package org.aashray.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.aashray.homes.HomeType;
import org.aashray.homes.ServedGroup;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A transit home (stay limit 10 days) with 4 beds and this history in 2025:
 * <pre>
 *   D  bed 4  admitted 20 Feb, still there                       (expected end 2 Mar)
 *   A  bed 1  admitted  1 Mar, restored to family 11 Mar         (expected end 11 Mar)
 *   B  bed 2  admitted  5 Mar, moved to bed 3 on 8 Mar, absconded 20 Mar   (expected end 15 Mar)
 *   C  bed 1  admitted 15 Mar, still there                       (expected end 25 Mar)
 * </pre>
 * Every expected figure below is worked out by hand from this table.
 */
@AashrayIntegrationTest
class OccupancyServiceTest {

    @Autowired OccupancyService occupancy;
    @Autowired PlacementService placements;
    @Autowired MoveService moves;
    @Autowired Fixtures fixtures;

    static Fixtures.TestHome home;

    static LocalDate march(int day) {
        return LocalDate.of(2025, 3, day);
    }

    @BeforeEach
    void history() {
        if (home != null) return;
        home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 4);
        List<Long> beds = home.beds();
        ResidentSummary d = fixtures.resident(home.id(), "Occupancy D", 30, Gender.FEMALE, LocalDate.of(2025, 2, 20));
        ResidentSummary a = fixtures.resident(home.id(), "Occupancy A", 30, Gender.FEMALE, march(1));
        ResidentSummary b = fixtures.resident(home.id(), "Occupancy B", 30, Gender.FEMALE, march(5));
        ResidentSummary c = fixtures.resident(home.id(), "Occupancy C", 30, Gender.FEMALE, march(15));
        SystemAuthentication.run(() -> {
            placements.admit(new Admission(d.id(), beds.get(3), LocalDate.of(2025, 2, 20), "ORD/D", LocalDate.of(2025, 2, 20), null));
            PlacementRecord pa = placements.admit(new Admission(a.id(), beds.get(0), march(1), "ORD/A", march(1), null));
            PlacementRecord pb = placements.admit(new Admission(b.id(), beds.get(1), march(5), null, null, "Police rescue at night"));
            PlacementRecord pb2 = moves.move(new Transfer(b.id(), pb.id(), pb.version(), beds.get(2), march(8), null, null, null));
            placements.exit(ExitRequest.of(a.id(), pa.id(), pa.version(), march(11), ExitReason.RESTORED_TO_FAMILY, "Mother", "CWC/1", null));
            placements.admit(new Admission(c.id(), beds.get(0), march(15), "ORD/C", march(15), null));
            placements.exit(new ExitRequest(b.id(), pb2.id(), pb2.version(), march(20), ExitReason.ABSCONDED, null, null, null,
                    LocalDateTime.of(2025, 3, 20, 6, 0), true, false, "PS Sundarpur, 06:30"));
        });
    }

    OccupancyFigures on(LocalDate day) {
        return SystemAuthentication.call(() -> occupancy.occupancy(Set.of(home.id()), day));
    }

    @Test
    void occupancy_on_a_past_day_is_derived_from_the_history() {
        // 10 Mar: A (bed 1), B (bed 3 since 8 Mar), D (bed 4) = 3 of 4 beds = 75 %; only D is past her end (2 Mar < 10 Mar)
        assertThat(on(march(10))).isEqualTo(new OccupancyFigures(march(10), 1, 4, 3, 1, 75.0, 1));
        // 16 Mar: A left on 11 Mar; B, C, D = 3; past their end: B (15 Mar) and D (2 Mar) = 2
        assertThat(on(march(16))).isEqualTo(new OccupancyFigures(march(16), 1, 4, 3, 1, 75.0, 2));
        // 20 Mar: B absconded that day, so her bed is free that night: C, D = 2 of 4 = 50 %
        assertThat(on(march(20))).isEqualTo(new OccupancyFigures(march(20), 1, 4, 2, 2, 50.0, 1));
        // 8 Mar: the move counts once (bed 2 ends, bed 3 begins): A, B, D = 3
        assertThat(on(march(8)).occupied()).isEqualTo(3);
        // 19 Feb: nobody yet
        assertThat(on(LocalDate.of(2025, 2, 19)).occupied()).isZero();
    }

    @Test
    void admissions_exits_by_reason_and_length_of_stay_over_a_month() {
        FlowFigures march = SystemAuthentication.call(() -> occupancy.flows(Set.of(home.id()), march(1), march(31)));
        // admissions in March: A, B, C (D came in February; B's bed move is no admission)
        assertThat(march.admissions()).isEqualTo(3);
        assertThat(march.transfersIn()).isZero();
        assertThat(march.exitsByReason()).containsOnly(
                org.assertj.core.api.Assertions.entry(ExitReason.RESTORED_TO_FAMILY, 1L),
                org.assertj.core.api.Assertions.entry(ExitReason.ABSCONDED, 1L));
        // stays of those who left: A 11 Mar - 1 Mar = 10 days, B 20 Mar - 5 Mar = 15 days (the bed move does not restart it)
        // average (10 + 15) / 2 = 12.5; median of {10, 15} = 12.5
        assertThat(march.departures()).isEqualTo(2);
        assertThat(march.averageStayDays()).isEqualTo(12.5);
        assertThat(march.medianStayDays()).isEqualTo(12.5);
    }

    @Test
    void month_by_month_utilisation_counts_bed_nights() {
        List<MonthlyOccupancy> months = SystemAuthentication.call(() -> occupancy.monthly(Set.of(home.id()),
                YearMonth.of(2025, 2), YearMonth.of(2025, 4)));
        assertThat(months).hasSize(3);
        // February: D from 20 Feb = 9 nights (20..28); 4 beds x 28 nights = 112; 9 / 112 = 8.0 %; 9 / 28 = 0.3 per night
        assertThat(months.get(0)).isEqualTo(new MonthlyOccupancy(YearMonth.of(2025, 2), 4, 28, 9, 0.3, 8.0, 1, 1, 0));
        // March: A 10 (1..10) + B 3 (5..7) + 12 (8..19) + C 17 (15..31) + D 31 = 73 bed-nights; 4 x 31 = 124;
        // 73 / 124 = 58.9 %; 73 / 31 = 2.4 per night; on 31 Mar C and D = 2; admissions A, B, C = 3; exits A, B = 2
        assertThat(months.get(1)).isEqualTo(new MonthlyOccupancy(YearMonth.of(2025, 3), 4, 31, 73, 2.4, 58.9, 2, 3, 2));
        // April: C and D all 30 nights = 60; 60 / 120 = 50 %
        assertThat(months.get(2)).isEqualTo(new MonthlyOccupancy(YearMonth.of(2025, 4), 4, 30, 60, 2.0, 50.0, 2, 0, 0));
    }

    @Test
    void figures_per_home_type_add_up_the_homes_of_that_type() {
        var byType = SystemAuthentication.call(() -> occupancy.byType(Set.of(home.id()), march(10)));
        assertThat(byType).containsOnlyKeys(HomeType.TRANSIT);
        assertThat(byType.get(HomeType.TRANSIT).occupied()).isEqualTo(3);
    }

    @Test
    @WithUserDetails("reception")
    void staff_cannot_read_the_figures_of_homes_they_do_not_work_in() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> occupancy.occupancy(Set.of(home.id()), march(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
