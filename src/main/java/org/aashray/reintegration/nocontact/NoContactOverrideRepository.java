package org.aashray.reintegration.nocontact;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface NoContactOverrideRepository extends JpaRepository<NoContactOverride, Long> {

    /** The oldest override not used yet, locked: two saves at once cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<NoContactOverride> findFirstByResidentIdAndStepAndUsedAtIsNullOrderById(long residentId, NoContactStep step);

    boolean existsByResidentIdAndStepAndUsedAtIsNull(long residentId, NoContactStep step);
}
