package org.aashray.reintegration.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExitRepository extends JpaRepository<ReintegrationExit, Long> {

    List<ReintegrationExit> findByResidentIdOrderByExitDateDescIdDesc(long residentId);
}
