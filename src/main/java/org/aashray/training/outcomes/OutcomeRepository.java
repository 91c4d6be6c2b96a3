package org.aashray.training.outcomes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    List<Outcome> findByResidentIdOrderByRecordedOnDescIdDesc(long residentId);
}
