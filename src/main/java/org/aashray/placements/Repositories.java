package org.aashray.placements;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, Long> {

    @Query("select p from Placement p where p.residentId = :resident and p.endDate is null")
    Optional<Placement> findOpen(@Param("resident") long residentId);

    @Query("select p from Placement p where p.motherPlacementId = :mother and p.endDate is null")
    List<Placement> openChildrenOf(@Param("mother") long motherPlacementId);

    List<Placement> findByResidentIdOrderByStartDateAscIdAsc(long residentId);

    @Query("select p from Placement p where p.homeId = :home and p.endDate is null")
    List<Placement> openInHome(@Param("home") long homeId);

    @Query("select max(p.endDate) from Placement p where p.bedId = :bed")
    java.time.LocalDate lastEndOfBed(@Param("bed") long bedId);

    @Query("select max(p.endDate) from Placement p where p.residentId = :resident")
    java.time.LocalDate lastEndOfResident(@Param("resident") long residentId);

    @Query("""
            select p from Placement p where p.homeId in :homes and p.exitReason = org.aashray.placements.ExitReason.ABSCONDED
            and p.emergencyClosedOn is null order by p.abscondedAt desc""")
    List<Placement> openAbscondings(@Param("homes") Collection<Long> homeIds);

    @Query("select p from Placement p where p.endDate is null and p.expectedEnd <= :by order by p.expectedEnd, p.id")
    List<Placement> openEndingBy(@Param("by") java.time.LocalDate by);
}

interface AbsenceRepository extends JpaRepository<Absence, Long> {

    @Query("select a from Absence a where a.placementId = :placement and a.returnedOn is null")
    Optional<Absence> findOpen(@Param("placement") long placementId);

    @Query("select a from Absence a where a.homeId = :home and a.returnedOn is null order by a.expectedReturn")
    List<Absence> openInHome(@Param("home") long homeId);

    @Query("select a from Absence a where a.returnedOn is null and a.expectedReturn <= :by order by a.expectedReturn, a.id")
    List<Absence> openDueBackBy(@Param("by") java.time.LocalDate by);

    List<Absence> findByResidentIdOrderByLeftOnDesc(long residentId);
}

interface StayLimitRepository extends JpaRepository<StayLimit, org.aashray.homes.HomeType> {
}
