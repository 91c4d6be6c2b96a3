package org.aashray.medical.healthchecks;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HealthCheckRepository extends JpaRepository<HealthCheck, Long> {

    @Query("select c from HealthCheck c where c.homeId in :homes and c.doneAt is null and c.closedOn is null order by c.dueAt")
    List<HealthCheck> openIn(@Param("homes") Collection<Long> homes, Pageable pageable);

    @Query("select c from HealthCheck c where c.doneAt is null and c.closedOn is null order by c.dueAt")
    List<HealthCheck> openEverywhere(Pageable pageable);

    @Query("select c from HealthCheck c where c.doneAt is null and c.closedOn is null and c.dueAt < :before order by c.dueAt, c.id")
    List<HealthCheck> openDueBefore(@Param("before") LocalDateTime before);

    List<HealthCheck> findByResidentIdOrderByDueAtDesc(long residentId);

    List<HealthCheck> findByResidentIdAndDoneAtIsNullAndClosedOnIsNull(long residentId);

    boolean existsByResidentIdAndDueAt(long residentId, LocalDateTime dueAt);
}
