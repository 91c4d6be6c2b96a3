package org.aashray.careplans.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CarePlanRepository extends JpaRepository<CarePlan, Long> {

    Optional<CarePlan> findByResidentId(long residentId);

    @Query("select p from CarePlan p where p.homeId in :homes and p.closedOn is null and p.agreedOn is null and p.dueOn <= :by order by p.dueOn")
    List<CarePlan> notAgreedBy(@Param("homes") Collection<Long> homes, @Param("by") LocalDate by, Pageable pageable);

    @Query("select p from CarePlan p where p.homeId in :homes and p.closedOn is null and p.nextReviewOn <= :by order by p.nextReviewOn")
    List<CarePlan> reviewBy(@Param("homes") Collection<Long> homes, @Param("by") LocalDate by, Pageable pageable);

    @Query("select p from CarePlan p where p.closedOn is null and p.agreedOn is null and p.dueOn <= :by order by p.dueOn, p.id")
    List<CarePlan> notAgreedAnywhereBy(@Param("by") LocalDate by);

    @Query("select p from CarePlan p where p.closedOn is null and p.nextReviewOn <= :by order by p.nextReviewOn, p.id")
    List<CarePlan> reviewAnywhereBy(@Param("by") LocalDate by);

    @Query("select p.homeId from CarePlan p group by p.homeId")
    List<Long> homesWithPlans();
}
