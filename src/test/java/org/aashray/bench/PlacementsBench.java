package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.aashray.placements.OccupancyService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 200 homes with 40 beds each in 25 districts (8 homes of mixed types each), 100,000 residents and 5 years of
 * placements; times a district's occupancy for one month and for 12 months. Targets: under 200 ms and under 1 s.
 * Run with {@code mvn -o -B -Pbench test -Dtest=PlacementsBench}.
 */
@Tag("bench")
@AashrayIntegrationTest
class PlacementsBench {

    @Autowired JdbcTemplate jdbc;
    @Autowired OccupancyService occupancy;

    @Test
    void a_districts_occupancy_for_one_month_and_for_twelve_months() {
        int homes = Bench.intProperty("bench.homes", 200);
        int residents = Bench.intProperty("bench.residents", 100_000);
        List<Long> homeIds = new StructureGenerator(jdbc).generate(Bench.intProperty("bench.districts", 25), homes, 40);
        LocalDate today = LocalDate.now();
        int[] written = new int[1];
        long ms = Bench.millisOf(() -> written[0] = new PlacementGenerator(jdbc).generate(homeIds, residents, 5, today));
        System.out.printf("[bench] generated %d residents and placements over 5 years in %d homes in %d ms%n", written[0], homeIds.size(), ms);
        jdbc.execute("analyze table placements");

        long district = jdbc.queryForObject("select district_id from homes where id = ?", Long.class, homeIds.getFirst());
        List<Long> districtHomes = jdbc.queryForList("select id from homes where district_id = ?", Long.class, district);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        SystemAuthentication.run(() -> {
            Bench.Timing month = Bench.time("district (" + districtHomes.size() + " homes): one month, monthly()", 3, 30,
                    () -> occupancy.monthly(districtHomes, last, last));
            Bench.Timing monthAll = Bench.time("district: one month, monthly() + flows() + occupancy(last day)", 3, 30, () -> {
                occupancy.monthly(districtHomes, last, last);
                occupancy.flows(districtHomes, last.atDay(1), last.atEndOfMonth());
                return occupancy.occupancy(districtHomes, last.atEndOfMonth());
            });
            Bench.Timing year = Bench.time("district: 12 months, monthly()", 3, 30,
                    () -> occupancy.monthly(districtHomes, last.minusMonths(11), last));
            Bench.Timing yearAll = Bench.time("district: 12 months, monthly() + flows() over the year", 3, 30, () -> {
                occupancy.monthly(districtHomes, last.minusMonths(11), last);
                return occupancy.flows(districtHomes, last.minusMonths(11).atDay(1), last.atEndOfMonth());
            });
            Bench.time("all 200 homes: 12 months, monthly()", 1, 5, () -> occupancy.monthly(homeIds, last.minusMonths(11), last));
            var figures = occupancy.monthly(districtHomes, last.minusMonths(11), last);
            System.out.println("[bench] district months: " + figures.stream().map(m -> m.month() + "=" + m.utilisationPercent() + "%").toList());
            assertThat(figures).hasSize(12).allSatisfy(m -> assertThat(m.bedNights()).isPositive());
            assertThat(monthAll.p95()).isLessThan(200);
            assertThat(yearAll.p95()).isLessThan(1000);
            assertThat(month.p50()).isPositive();
            assertThat(year.p50()).isPositive();
        });
    }
}
