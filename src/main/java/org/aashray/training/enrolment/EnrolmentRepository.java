package org.aashray.training.enrolment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    long countByBatchIdAndStatus(long batchId, EnrolmentStatus status);

    Optional<Enrolment> findFirstByBatchIdAndStatusOrderByIdAsc(long batchId, EnrolmentStatus status);

    Optional<Enrolment> findByBatchIdAndResidentId(long batchId, long residentId);

    List<Enrolment> findByBatchIdOrderByIdAsc(long batchId);

    List<Enrolment> findByBatchIdAndStatus(long batchId, EnrolmentStatus status);

    List<Enrolment> findByResidentIdAndStatusIn(long residentId, Collection<EnrolmentStatus> statuses);

    List<Enrolment> findByResidentIdOrderByIdDesc(long residentId);

    @Query("select e from Enrolment e where e.status = org.aashray.training.enrolment.EnrolmentStatus.COMPLETED and e.homeId in :homes "
            + "and e.completedOn >= :since order by e.completedOn")
    List<Enrolment> completedSince(@Param("homes") Collection<Long> homes, @Param("since") LocalDate since);

    @Query("select e from Enrolment e where e.status = org.aashray.training.enrolment.EnrolmentStatus.COMPLETED "
            + "and e.completedOn >= :since order by e.completedOn")
    List<Enrolment> completedSinceAnywhere(@Param("since") LocalDate since);
}
