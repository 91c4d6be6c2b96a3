package org.aashray.careplans.plans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByPlanIdOrderByReviewedOnDesc(long planId);
}
