package org.aashray.careplans;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AashrayIntegrationTest
class CarePlanAlertRuleTest {

    static final String KEY = "careplans.care-plan-due";

    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired CarePlanService plans;
    @Autowired Clock clock;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    void a_care_plan_not_agreed_30_days_after_admission_alerts_escalates_and_resolves_when_agreed_and_the_review_is_due_later() {
        var placed = fx.placedResident("SUN-L", "Alert Plan Geeta", 24, 27);
        CarePlanDetails plan = fx.as("caremanager", () -> plans.forResident(placed.resident().id()));
        LocalDate due = plan.dueOn();
        org.assertj.core.api.Assertions.assertThat(due).isEqualTo(LocalDate.now(clock).plusDays(3));

        LocalDate escalated = probe.raisesThenEscalates(KEY, "CarePlan", plan.id(), placed.resident().homeId(), Role.CARE_MANAGER,
                LocalDate.now(clock), due, "Geeta");
        CarePlanDetails withGoal = fx.as("counsellor", () -> plans.saveGoal(plan.id(), new GoalInput(null, 0, GoalArea.VOCATIONAL,
                "Tailoring course", "Trainer", LocalDate.now(clock).plusMonths(3), GoalStatus.NOT_STARTED)));
        CarePlanDetails agreed = fx.as("caremanager", () -> plans.agree(plan.id(), withGoal.version()));
        probe.resolvesOn(KEY, "CarePlan", plan.id(), escalated);

        // the first review is its own alert, due after the review interval
        LocalDate review = agreed.nextReviewOn();
        LocalDate reviewEscalated = probe.raisesThenEscalates(KEY, "CarePlanReview", plan.id(), placed.resident().homeId(),
                Role.CARE_MANAGER, review.minusDays(2), review, "Geeta");
        CarePlanDetails reviewed = fx.as("caremanager", () -> plans.review(plan.id(), agreed.version(), "Started the course"));
        // reviewed today: the next review is 90 days away, beyond the lead time of today's run
        probe.resolvesOn(KEY, "CarePlanReview", plan.id(), LocalDate.now(clock));
        org.assertj.core.api.Assertions.assertThat(reviewed.nextReviewOn()).isEqualTo(LocalDate.now(clock).plusDays(90));
    }
}
