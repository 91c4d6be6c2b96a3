package org.aashray.residents.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoContactRepository extends JpaRepository<NoContact, Long> {

    List<NoContact> findByResidentIdOrderById(long residentId);
}
