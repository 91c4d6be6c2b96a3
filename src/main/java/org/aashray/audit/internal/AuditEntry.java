package org.aashray.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * One change as the audit screen may show it. For a record about a resident ({@link ResidentRecordTypes}) it carries
 * the names of the changed fields and no values ({@code before} and {@code after} are null); a summary written before
 * summaries were kept free of names is left out.
 */
public record AuditEntry(Long id, Instant occurredAt, String username, String action, String entityType,
                         String entityId, String summary, String before, String after, List<String> fields) {

    public boolean valuesWithheld() {
        return fields != null;
    }

    static AuditEntry of(AuditEvent e) {
        if (!ResidentRecordTypes.about(e.getEntityType())) {
            return new AuditEntry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                    e.getEntityId(), e.getSummary(), e.getBeforeState(), e.getAfterState(), null);
        }
        TreeSet<String> fields = new TreeSet<>(Json.names(e.getBeforeState()));
        fields.addAll(Json.names(e.getAfterState()));
        boolean namesOnly = Json.isList(e.getBeforeState()) || Json.isList(e.getAfterState());
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                e.getEntityId(), namesOnly ? e.getSummary() : null, null, null, List.copyOf(fields));
    }
}
