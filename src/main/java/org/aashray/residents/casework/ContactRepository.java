package org.aashray.residents.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<FamilyContact, Long> {

    List<FamilyContact> findByResidentIdOrderById(long residentId);
}
