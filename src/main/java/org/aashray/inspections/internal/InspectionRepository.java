package org.aashray.inspections.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    List<Inspection> findByHomeIdInOrderByVisitDateDesc(Collection<Long> homeIds, Pageable pageable);
}
