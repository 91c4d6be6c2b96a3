package org.aashray.placements.transfers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aashray.placements.TransferStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeTransferRepository extends JpaRepository<HomeTransfer, Long> {

    /** Requests waiting for the home's answer, oldest first. */
    @Query("""
            select t from HomeTransfer t where t.toHomeId = :home and t.status = org.aashray.placements.TransferStatus.PENDING
            order by t.requestedOn, t.id""")
    List<HomeTransfer> pendingTo(@Param("home") long homeId);

    /** What the home asked of others, newest first: pending ones, and the answers since {@code since}. */
    @Query("""
            select t from HomeTransfer t where t.fromHomeId = :home
            and (t.status = org.aashray.placements.TransferStatus.PENDING or t.requestedOn >= :since)
            order by t.requestedOn desc, t.id desc""")
    List<HomeTransfer> sentFrom(@Param("home") long homeId, @Param("since") LocalDate since);

    /** Pending requests made on or before the day, for the receiving homes' alert. */
    @Query("""
            select t from HomeTransfer t where t.status = org.aashray.placements.TransferStatus.PENDING
            and t.requestedOn <= :by order by t.requestedOn, t.id""")
    List<HomeTransfer> pendingRequestedBy(@Param("by") LocalDate by);

    Optional<HomeTransfer> findByResidentIdAndStatus(long residentId, TransferStatus status);
}
