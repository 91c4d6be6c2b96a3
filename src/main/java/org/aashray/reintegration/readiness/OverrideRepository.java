package org.aashray.reintegration.readiness;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OverrideRepository extends JpaRepository<ExitOverride, Long> {

    Optional<ExitOverride> findFirstByResidentIdAndUsedOnIsNullOrderByIdDesc(long residentId);

    List<ExitOverride> findByResidentIdOrderByIdDesc(long residentId);
}
