package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aashray.residents.AgeBand;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentFlag;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.TraffickingForm;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * 100,000 residents across 200 homes, and the server time of the resident list's common filters for a care
 * manager of two homes (how staff work), plus the intake match and a system-wide search for comparison.
 * Run with {@code mvn -o -B -Pbench verify -Dtest=ResidentSearchBench} (-Dbench.residents, -Dbench.homes).
 */
@Tag("bench")
@AashrayIntegrationTest
class ResidentSearchBench {

    @Autowired JdbcTemplate jdbc;
    @Autowired ResidentDirectory residents;
    @Autowired ReturningSurvivors returning;
    @Autowired UserAdminService users;
    @Autowired UserDetailsService userDetails;

    @Test
    void generate_100000_residents_in_200_homes_and_time_the_common_filters() {
        int homeCount = Bench.intProperty("bench.homes", 200);
        int total = Bench.intProperty("bench.residents", 100_000);
        List<Long> homeIds = new ArrayList<>();
        long structure = Bench.millisOf(() -> homeIds.addAll(new StructureGenerator(jdbc).generate(20, homeCount, 8)));
        long generated = Bench.millisOf(() -> new ResidentGenerator(jdbc).generate(homeIds, total));
        System.out.printf("[bench] generated %d homes in %d ms and %d residents in %d ms%n", homeCount, structure,
                jdbc.queryForObject("select count(*) from residents", Long.class), generated);

        SystemAuthentication.run(() -> users.createWithPermanentPassword(new NewStaffAccount("bench-cm", "Bench care manager",
                EnumSet.of(Role.CARE_MANAGER), Set.of(homeIds.get(0), homeIds.get(1)), Set.of(), "en", "bench-password-123")));
        UserDetails careManager = userDetails.loadUserByUsername("bench-cm");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(careManager, null, careManager.getAuthorities()));
        String someCase = jdbc.queryForObject("select case_number from residents where home_id = ? limit 1", String.class, homeIds.get(1));
        List<Bench.Timing> timings = new ArrayList<>();
        try {
            Pageable first = PageRequest.of(0, 50);
            timings.add(time("first page, newest admissions first", none(), first));
            timings.add(time("name contains 'ina' (partial, any case)", none().withName("ina"), first));
            timings.add(time("name in Bengali script 'মিতালী'", none().withName("মিতালী"), first));
            timings.add(time("case number fragment", new ResidentFilter(null, someCase.substring(someCase.length() - 6),
                    null, null, null, null, null), first));
            timings.add(time("one home, in residence", new ResidentFilter(null, null, homeIds.get(0),
                    ResidentStatus.IN_RESIDENCE, null, null, null), first));
            timings.add(time("status exited", new ResidentFilter(null, null, null, ResidentStatus.EXITED, null, null, null), first));
            timings.add(time("age band 18-25", new ResidentFilter(null, null, null, null, AgeBand.FROM_18_TO_25, null, null), first));
            timings.add(time("form: labour trafficking", new ResidentFilter(null, null, null, null, null,
                    TraffickingForm.LABOUR, null), first));
            timings.add(time("flag: no consent", new ResidentFilter(null, null, null, null, null, null, ResidentFlag.NO_CONSENT), first));
            timings.add(time("sorted by name", none(), PageRequest.of(0, 50, Sort.by("name"))));
            timings.add(time("page 10 (offset 450)", none(), PageRequest.of(9, 50)));
            timings.add(Bench.time("intake match (name, age, origin, document)", 5, 100, () -> returning.possibleMatches(
                    new MatchQuery("Rina Das", null, 25, null, org.aashray.residents.Gender.FEMALE, "IN-WB", "1234 5678 9012"))));
        } finally {
            SecurityContextHolder.clearContext();
        }
        SystemAuthentication.run(() -> {
            timings.add(time("[system, all 200 homes] first page", none(), PageRequest.of(0, 50)));
            timings.add(time("[system, all 200 homes] name contains 'ina'", none().withName("ina"), PageRequest.of(0, 50)));
            timings.add(time("[system, all 200 homes] status + form + age band", new ResidentFilter(null, null, null,
                    ResidentStatus.IN_RESIDENCE, AgeBand.FROM_18_TO_25, TraffickingForm.LABOUR, null), PageRequest.of(0, 50)));
        });
        System.out.println("[bench] residents today: " + LocalDate.now());
        assertThat(timings).allSatisfy(t -> assertThat(t.runs()).isPositive());
    }

    private static ResidentFilter none() {
        return ResidentFilter.none();
    }

    private Bench.Timing time(String name, ResidentFilter filter, Pageable page) {
        return Bench.time(name, 5, 100, () -> residents.search(filter, page));
    }
}
