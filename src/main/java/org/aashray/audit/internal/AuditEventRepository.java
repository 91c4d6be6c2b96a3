package org.aashray.audit.internal;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and query only: the audit trail has no update or delete. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    @Query("""
            select e from AuditEvent e
            where (:username is null or e.username = :username)
              and (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
              and e.occurredAt >= :from and e.occurredAt < :to""")
    Page<AuditEvent> search(@Param("username") String username, @Param("entityType") String entityType,
                            @Param("entityId") String entityId, @Param("from") Instant from,
                            @Param("to") Instant to, Pageable pageable);
}
