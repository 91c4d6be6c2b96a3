package org.aashray.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aashray.residents.Gender;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.matching.EarlierStayMatch;
import org.aashray.residents.matching.NameKeyBackfill;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #20: the returning-survivor match over 100,000 residents in 200 homes, as reception of one home types a
 * name (Latin, Devanagari or Bengali) with age, gender and origin; the target is under 100 ms at p95. The residents
 * are written by SQL, so their name keys are made by the start-up backfill, which is timed too.
 * Run with {@code mvn -o -Pbench verify -Dtest=ReturningSurvivorMatchBench} (-Dbench.residents, -Dbench.homes).
 */
@Tag("bench")
@AashrayIntegrationTest
class ReturningSurvivorMatchBench {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReturningSurvivors returning;
    @Autowired NameKeyBackfill backfill;
    @Autowired UserAdminService users;
    @Autowired UserDetailsService userDetails;

    @Test
    void generate_100000_residents_in_200_homes_and_time_the_match_at_intake() {
        int homeCount = Bench.intProperty("bench.homes", 200);
        int total = Bench.intProperty("bench.residents", 100_000);
        List<Long> homeIds = new ArrayList<>();
        homeIds.addAll(new StructureGenerator(jdbc).generate(20, homeCount, 8));
        new ResidentGenerator(jdbc).generate(homeIds, total);
        // one earlier stay to find, in the last home, written in Bengali
        long planted = homeIds.getLast();
        jdbc.update("""
                insert into residents (home_id, case_number, name, gender, birth_date, referred_by, trafficking_form, origin,
                    status, admitted_on, status_changed_on, created_at)
                values (?, 'BENCH-RETURN-1', 'মৌসুমী খাতুন', 'FEMALE', ?, 'POLICE_AHTU', 'LABOUR', 'IN-WB', 'EXITED', ?, ?, now())""",
                planted, LocalDate.now().minusYears(23), LocalDate.now().minusYears(3), LocalDate.now().minusYears(1));
        int[] keyed = {0};
        long backfillMs = Bench.millisOf(() -> keyed[0] = backfill.backfill());
        System.out.printf("[bench] name keys made for %d residents in %d ms (%d key rows)%n", keyed[0], backfillMs,
                jdbc.queryForObject("select count(*) from resident_name_keys", Long.class));

        SystemAuthentication.run(() -> users.createWithPermanentPassword(new NewStaffAccount("bench-reception",
                "Bench reception", EnumSet.of(Role.RECEPTION), Set.of(homeIds.getFirst()), Set.of(), "en", "bench-password-123")));
        UserDetails reception = userDetails.loadUserByUsername("bench-reception");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(reception, null, reception.getAuthorities()));
        List<MatchQuery> typed = List.of(
                query("Moushumi Khatoon", 23, "IN-WB"), query("Rina Das", 25, "IN-WB"), query("सीमा कुमारी", 30, "IN-JH"),
                query("Mitali Sardar", 19, "IN-WB"), query("রুমা বিবি", 35, "BD"), query("Salma Sheikh", 28, "IN-AS"),
                query("Sunita Mondal", 22, "NP"), query("Pooja Tamang", 17, "NP"), query("Priya Ghosh", 40, "IN-BR"),
                query("Asha", 26, "IN-OR"));
        List<Bench.Timing> timings = new ArrayList<>();
        try {
            List<EarlierStayMatch> found = returning.possibleMatches(typed.getFirst());
            System.out.println("[bench] 'Moushumi Khatoon', 23, West Bengal: " + found.size() + " offered");
            assertThat(found).extracting(EarlierStayMatch::caseNumber).contains("BENCH-RETURN-1");
            for (MatchQuery q : typed) {
                System.out.printf("[bench]   %-20s offered %d%n", q.name(), returning.possibleMatches(q).size());
            }
            AtomicInteger next = new AtomicInteger();
            timings.add(Bench.time("intake match, 10 names in 3 scripts, all homes", 20, 500,
                    () -> returning.possibleMatches(typed.get(next.getAndIncrement() % typed.size()))));
            timings.add(Bench.time("intake match, 'Moushumi Khatoon' only", 5, 200, () -> returning.possibleMatches(typed.getFirst())));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(timings.getFirst().p95()).as("p95 of the match, ms").isLessThan(100);
    }

    private static MatchQuery query(String name, int age, String origin) {
        return new MatchQuery(name, null, age, null, Gender.FEMALE, origin, null);
    }
}
