package org.aashray.placements.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlacementRepository extends JpaRepository<Placement, Long> {

    @Query("select p from Placement p where p.residentId = :resident and p.endDate is null")
    Optional<Placement> findOpen(@Param("resident") long residentId);

    @Query("select p from Placement p where p.motherPlacementId = :mother and p.endDate is null")
    List<Placement> openChildrenOf(@Param("mother") long motherPlacementId);

    List<Placement> findByResidentIdOrderByStartDateAscIdAsc(long residentId);

    @Query("select p from Placement p where p.homeId = :home and p.endDate is null")
    List<Placement> openInHome(@Param("home") long homeId);

    @Query("select max(p.endDate) from Placement p where p.bedId = :bed")
    LocalDate lastEndOfBed(@Param("bed") long bedId);

    @Query("select max(p.endDate) from Placement p where p.residentId = :resident")
    LocalDate lastEndOfResident(@Param("resident") long residentId);

    @Query("""
            select p from Placement p where p.homeId in :homes and p.exitReason = org.aashray.placements.ExitReason.ABSCONDED
            and p.emergencyClosedOn is null order by p.abscondedAt desc""")
    List<Placement> openAbscondings(@Param("homes") Collection<Long> homeIds);

    @Query("select p from Placement p where p.endDate is null and p.expectedEnd <= :by order by p.expectedEnd, p.id")
    List<Placement> openEndingBy(@Param("by") LocalDate by);
}
