package org.aashray.careplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByPlanIdOrderByReviewedOnDesc(long planId);
}
