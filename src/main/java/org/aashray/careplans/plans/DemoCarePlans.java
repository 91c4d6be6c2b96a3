package org.aashray.careplans.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.careplans.CarePlanDetails;
import org.aashray.careplans.CarePlanService;
import org.aashray.careplans.GoalArea;
import org.aashray.careplans.GoalInput;
import org.aashray.careplans.GoalStatus;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo care plans in Asha Transit Home (SUN-T): one agreed and reviewed plan with goals in every area, one
 * agreed plan, and the rest open (the newest still in time, older ones overdue, as the due list shows).
 */
@Component
@Profile("demo")
@Order(32)
class DemoCarePlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCarePlans.class);
    private final CarePlanService plans;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final Clock clock;

    DemoCarePlans(CarePlanService plans, ResidentDirectory residents, HomeService homes, Clock clock) {
        this.plans = plans;
        this.residents = residents;
        this.homes = homes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        HomeSummary home = homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-T")).findFirst().orElse(null);
        if (home == null) return;
        List<ResidentSummary> people = residents.search(new ResidentFilter(null, null, home.id(), ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 8, Sort.by("name")));
        if (people.size() < 2) return;
        CarePlanDetails first = plans.forResident(people.get(0).id());
        if (!first.goals().isEmpty()) return;
        LocalDate today = LocalDate.now(clock);
        goal(first, GoalArea.HEALTH, "Treat anaemia; eye examination", "Meena Medical (demo)", today.plusMonths(3), GoalStatus.IN_PROGRESS);
        goal(first, GoalArea.MENTAL_HEALTH, "Weekly individual counselling; sleep better", "Kavita Counsellor (demo)", today.plusMonths(3), GoalStatus.IN_PROGRESS);
        goal(first, GoalArea.EDUCATION, "Join the evening literacy class", "Kavita Counsellor (demo)", today.plusMonths(2), GoalStatus.NOT_STARTED);
        goal(first, GoalArea.VOCATIONAL, "Tailoring course, basic level", "Tara Trainer (demo)", today.plusMonths(6), GoalStatus.NOT_STARTED);
        goal(first, GoalArea.LEGAL, "Statement before the magistrate; apply for victim compensation", "DLSA lawyer (demo)", today.plusMonths(2), GoalStatus.IN_PROGRESS);
        goal(first, GoalArea.FAMILY, "Phone calls with her brother; family counselling", "Kavita Counsellor (demo)", today.plusMonths(3), GoalStatus.NOT_STARTED);
        goal(first, GoalArea.REINTEGRATION, "Home verification of the family in the source district", "Chitra Care Manager (demo)", today.plusMonths(4), GoalStatus.NOT_STARTED);
        CarePlanDetails agreed = plans.agree(first.id(), plans.get(first.id()).version());
        plans.review(agreed.id(), agreed.version(), "Settling in; sleeping better. Keep the plan; check the eye examination result.");

        CarePlanDetails second = plans.forResident(people.get(1).id());
        goal(second, GoalArea.MENTAL_HEALTH, "Group counselling on Wednesdays", "Kavita Counsellor (demo)", today.plusMonths(2), GoalStatus.IN_PROGRESS);
        plans.agree(second.id(), plans.get(second.id()).version());
        log.info("Demo care plans seeded for {}", home.code());
    }

    private void goal(CarePlanDetails plan, GoalArea area, String text, String owner, LocalDate target, GoalStatus status) {
        plans.saveGoal(plan.id(), new GoalInput(null, 0, area, text, owner, target, status));
    }
}
