package org.aashray.residents.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReturnRequestRepository extends JpaRepository<ReturnRequest, Long> {

    Optional<ReturnRequest> findByResidentIdAndEarlierStayId(long residentId, long earlierStayId);

    List<ReturnRequest> findByResidentIdOrderByIdDesc(long residentId);

    /**
     * Requests with both stays: [request, new stay's home, earlier stay's home, new case number, earlier case number,
     * new stay's status].
     */
    String WITH_HOMES = "select q, r.homeId, e.homeId, r.caseNumber, e.caseNumber, r.status from ReturnRequest q, Resident r, Resident e"
            + " where r.id = q.residentId and e.id = q.earlierStayId";

    @Query(WITH_HOMES + " and q.status = org.aashray.residents.matching.ReturnStatus.PENDING order by q.askedOn, q.id")
    List<Object[]> pending();

    /** Confirmed links one of whose homes has not yet reviewed her safety. */
    @Query(WITH_HOMES + " and q.status = org.aashray.residents.matching.ReturnStatus.CONFIRMED"
            + " and (q.reviewedByNewHome is null or q.reviewedByEarlierHome is null) order by q.decidedOn, q.id")
    List<Object[]> unreviewed();

    @Query("select r.homeId, count(q) from ReturnRequest q, Resident r where r.id = q.residentId and r.homeId in :homes"
            + " and q.status = org.aashray.residents.matching.ReturnStatus.CONFIRMED and q.decidedOn between :from and :to"
            + " group by r.homeId")
    List<Object[]> confirmedByHome(@Param("homes") Collection<Long> homes, @Param("from") LocalDate from,
                                   @Param("to") LocalDate to);
}
