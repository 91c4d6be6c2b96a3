package org.aashray.placements.absences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

    @Query("select a from Absence a where a.placementId = :placement and a.returnedOn is null")
    Optional<Absence> findOpen(@Param("placement") long placementId);

    @Query("select a from Absence a where a.homeId = :home and a.returnedOn is null order by a.expectedReturn")
    List<Absence> openInHome(@Param("home") long homeId);

    @Query("select a from Absence a where a.returnedOn is null and a.expectedReturn <= :by order by a.expectedReturn, a.id")
    List<Absence> openDueBackBy(@Param("by") LocalDate by);
}
