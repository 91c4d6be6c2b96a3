package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.aashray.homes.HomeService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data generator and timings for the structure every feature stands on: districts, homes, rooms, beds.
 * Run with {@code mvn -Pbench verify -Dbench.districts=20 -Dbench.homes=200 -Dbench.bedsPerHome=40}.
 * Features extend the bench with their own generators (residents, placements, ...).
 */
@Tag("bench")
@AashrayIntegrationTest
class HomesBench {

    @Autowired JdbcTemplate jdbc;
    @Autowired HomeService homes;

    @Test
    void generate_homes_and_beds_and_time_the_common_queries() {
        int districts = Bench.intProperty("bench.districts", 20);
        int homeCount = Bench.intProperty("bench.homes", 200);
        int bedsPerHome = Bench.intProperty("bench.bedsPerHome", 40);
        long generated = Bench.millisOf(() -> new StructureGenerator(jdbc).generate(districts, homeCount, bedsPerHome));
        System.out.printf("[bench] generated %d districts, %d homes, %d beds in %d ms%n", districts, homeCount,
                (long) homeCount * bedsPerHome, generated);

        List<Bench.Timing> timings = new ArrayList<>();
        SystemAuthentication.run(() -> {
            timings.add(Bench.time("all homes with capacity (admin)", 3, 30, homes::accessibleHomes));
            timings.add(Bench.time("homes grid, first page sorted by name", 3, 50,
                    () -> homes.search(null, PageRequest.of(0, 50, Sort.by("name")))));
            timings.add(Bench.time("homes grid, filtered by text", 3, 50,
                    () -> homes.search("bench home 1", PageRequest.of(0, 50, Sort.by("name")))));
        });
        assertThat(timings).allSatisfy(t -> assertThat(t.runs()).isPositive());
    }
}
