package org.aashray.careplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.aashray.base.ValidationException;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class ClosedCarePlansTest {

    @Autowired CarePlanService plans;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_exit_closes_her_care_plan_so_it_is_no_longer_due_nor_changed_and_keeps_it_as_her_history() {
        long her = fx.placedResident("SUN-T", "Care Plan Exit Shobha").resident().id();
        CarePlanDetails plan = fx.as("caremanager", () -> plans.forResident(her));
        assertThat(fx.as("caremanager", () -> plans.due(0, 5000))).as("not agreed 30 days after admission: due")
                .anyMatch(d -> d.planId() == plan.id());

        lifecycle.exit(her);

        assertThat(jdbc.queryForObject("select closed_on from care_plans where id = ?", LocalDate.class, plan.id()))
                .isEqualTo(LocalDate.now());
        assertThat(fx.as("caremanager", () -> plans.due(30, 5000))).noneMatch(d -> d.planId() == plan.id());
        assertThat(jdbc.queryForObject("select count(*) from care_plans where resident_id = ?", Integer.class, her)).isEqualTo(1);
        CarePlanDetails closed = fx.as("caremanager", () -> plans.get(plan.id()));
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now());
        assertThatThrownBy(() -> fx.as("caremanager", () -> plans.agree(plan.id(), closed.version())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("careplans.validation.closed"));
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'CarePlan' and entity_id = ?"
                + " and action = 'CLOSE'", Integer.class, String.valueOf(plan.id()))).isEqualTo(1);
    }
}
