package org.aashray.audit.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN searches the audit trail and the record-access log; the audit screen is the only caller. A change to a record
 * about a resident comes out as who changed which fields when, never its values ({@link AuditEntry}), also for rows
 * stored before the trail stopped keeping them.
 */
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
    public Page<AuditEntry> searchChanges(AuditQuery query, Pageable pageable) {
        AuditQuery q = query.normalised();
        return events.search(q.username(), q.entityType(), q.entityId(), q.from(), q.to(), pageable).map(AuditEntry::of);
    }

    @Transactional(readOnly = true)
    public Page<RecordAccess> searchAccesses(AuditQuery query, Pageable pageable) {
        AuditQuery q = query.normalised();
        return accesses.search(q.username(), q.entityType(), q.entityId(), q.from(), q.to(), pageable);
    }
}
