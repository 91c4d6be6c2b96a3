package org.aashray.reintegration.readiness;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReadinessCheckRepository extends JpaRepository<ReadinessCheck, Long> {

    Optional<ReadinessCheck> findFirstByResidentIdOrderByIdDesc(long residentId);

    List<ReadinessCheck> findByResidentIdOrderByIdDesc(long residentId);

    @Query("""
            select c.residentId from ReadinessCheck c where c.residentId in :residents and c.ready = true
              and c.id = (select max(c2.id) from ReadinessCheck c2 where c2.residentId = c.residentId)""")
    List<Long> readyAmong(@Param("residents") Collection<Long> residents);

    /** Every check of the residents as (resident id, ready), oldest first: the last one per resident is her current one. */
    @Query("select c.residentId, c.ready from ReadinessCheck c where c.residentId in :residents order by c.residentId, c.id")
    List<Object[]> resultsAmong(@Param("residents") Collection<Long> residents);
}
