package org.aashray.residents.visitors;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query("""
            select new org.aashray.residents.visitors.VisitSummary(v.id, v.homeId, v.residentId, r.caseNumber, r.name, v.visitorName,
                v.relation, v.purpose, v.officerName, v.policeStation, v.idSeen, v.timeIn, v.timeOut, v.noContactMatch)
            from Visit v, Resident r where r.id = v.residentId and v.homeId in :homeIds and v.timeIn >= :from and v.timeIn < :to""")
    List<VisitSummary> inHomes(@Param("homeIds") Collection<Long> homeIds, @Param("from") Instant from, @Param("to") Instant to,
                               Pageable pageable);

    List<Visit> findByResidentIdOrderByTimeInDesc(long residentId, Pageable pageable);
}
