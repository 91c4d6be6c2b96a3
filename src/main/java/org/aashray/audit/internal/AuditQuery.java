package org.aashray.audit.internal;

import java.time.Instant;

/** What an administrator searches the logs for; blank parts match everything. */
public record AuditQuery(String username, String entityType, String entityId, Instant from, Instant to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));
    }

    AuditQuery normalised() {
        return new AuditQuery(blankToNull(username), blankToNull(entityType), blankToNull(entityId),
                from == null ? Instant.EPOCH : from, to == null ? Instant.parse("9999-01-01T00:00:00Z") : to);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
