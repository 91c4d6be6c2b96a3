package org.aashray.residents.casework;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    Optional<Consent> findFirstByResidentIdOrderByIdDesc(long residentId);
}
