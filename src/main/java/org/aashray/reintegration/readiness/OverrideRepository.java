package org.aashray.reintegration.readiness;

import java.util.List;
import java.util.Optional;
import org.aashray.placements.ExitReason;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverrideRepository extends JpaRepository<ExitOverride, Long> {

    Optional<ExitOverride> findFirstByResidentIdAndExitReasonAndUsedOnIsNullOrderByIdDesc(long residentId, ExitReason exitReason);

    List<ExitOverride> findByResidentIdAndUsedOnIsNullOrderByIdDesc(long residentId);

    List<ExitOverride> findByResidentIdOrderByIdDesc(long residentId);
}
