package org.aashray.audit.internal;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and query only: the access log has no update or delete. */
public interface RecordAccessRepository extends Repository<RecordAccess, Long> {

    RecordAccess save(RecordAccess access);

    @Query("""
            select a from RecordAccess a
            where (:username is null or a.username = :username)
              and (:entityType is null or a.entityType = :entityType)
              and (:entityId is null or a.entityId = :entityId)
              and a.accessedAt >= :from and a.accessedAt < :to""")
    Page<RecordAccess> search(@Param("username") String username, @Param("entityType") String entityType,
                              @Param("entityId") String entityId, @Param("from") Instant from,
                              @Param("to") Instant to, Pageable pageable);
}
