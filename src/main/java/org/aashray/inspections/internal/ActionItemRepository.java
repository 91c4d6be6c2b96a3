package org.aashray.inspections.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByInspectionIdOrderByDueDate(long inspectionId);

    @Query("select a from ActionItem a where a.homeId in :homeIds order by a.status desc, a.dueDate")
    List<ActionItem> findForHomes(@Param("homeIds") Collection<Long> homeIds);

    @Query("select a from ActionItem a where a.status = org.aashray.inspections.ActionStatus.OPEN and a.dueDate < :today order by a.dueDate")
    List<ActionItem> findOverdue(@Param("today") LocalDate today);
}
