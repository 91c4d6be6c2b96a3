package org.aashray.careplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Long> {

    List<Goal> findByPlanIdOrderByAreaAscTargetOnAsc(long planId);
}
