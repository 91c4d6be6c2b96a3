package org.aashray.reintegration.repatriation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Due-date queries take the caller's homes; "all homes" (the application itself) passes allHomes = true. */
public interface RepatriationRepository extends JpaRepository<Repatriation, Long> {

    List<Repatriation> findByResidentIdOrderByIdDesc(long residentId);

    @Query("""
            select r from Repatriation r where r.status = 'OPEN' and r.permitExpiresOn <= :until
              and (:allHomes = true or r.homeId in :homes) order by r.permitExpiresOn, r.id""")
    List<Repatriation> permitsExpiringBy(@Param("until") LocalDate until, @Param("allHomes") boolean allHomes,
                                         @Param("homes") Collection<Long> homes);

    @Query("""
            select r from Repatriation r where r.status = 'OPEN' and (:allHomes = true or r.homeId in :homes)
            order by r.id""")
    List<Repatriation> open(@Param("allHomes") boolean allHomes, @Param("homes") Collection<Long> homes, Pageable pageable);
}
