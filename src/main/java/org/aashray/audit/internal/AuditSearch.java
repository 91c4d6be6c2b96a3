package org.aashray.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN searches the audit trail and the record-access log; the audit screen is the only caller. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditSearch {

    private final AuditEventRepository events;
    private final RecordAccessRepository accesses;

    AuditSearch(AuditEventRepository events, RecordAccessRepository accesses) {
        this.events = events;
        this.accesses = accesses;
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> searchChanges(AuditQuery query, Pageable pageable) {
        AuditQuery q = query.normalised();
        return events.search(q.username(), q.entityType(), q.entityId(), q.from(), q.to(), pageable);
    }

    @Transactional(readOnly = true)
    public Page<RecordAccess> searchAccesses(AuditQuery query, Pageable pageable) {
        AuditQuery q = query.normalised();
        return accesses.search(q.username(), q.entityType(), q.entityId(), q.from(), q.to(), pageable);
    }
}
