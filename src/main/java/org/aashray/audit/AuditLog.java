package org.aashray.audit;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aashray.audit.internal.AuditEvent;
import org.aashray.audit.internal.AuditEventRepository;
import org.aashray.audit.internal.Json;
import org.aashray.audit.internal.RecordAccess;
import org.aashray.audit.internal.RecordAccessRepository;
import org.aashray.audit.internal.ResidentRecordTypes;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every feature calls to leave a trace: a change, or a read of a sensitive record. Changes join the
 * caller's transaction, so a change that rolls back leaves no audit row and an audited change cannot commit
 * without its row. Searching the logs is the audit screen's own business ({@code internal.AuditSearch}).
 */
@Service
public class AuditLog {

    public static final String SYSTEM_USER = "system";

    private final AuditEventRepository events;
    private final RecordAccessRepository accesses;
    private final Clock clock;

    AuditLog(AuditEventRepository events, RecordAccessRepository accesses, Clock clock) {
        this.events = events;
        this.accesses = accesses;
        this.clock = clock;
    }

    /**
     * Records a change; {@code before} is empty for a creation, {@code after} empty for a removal. For a record about
     * a resident only the names of the changed fields are kept ({@code ResidentRecordTypes}), so the summary must not
     * name her or the people around her either: a case number says which record it was.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(String action, String entityType, Object entityId, Long homeId, String summary,
                             Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> changedBefore = new TreeMap<>();
        Map<String, Object> changedAfter = new TreeMap<>();
        TreeMap<String, Object> keys = new TreeMap<>();
        if (before != null) keys.putAll(before);
        if (after != null) keys.putAll(after);
        for (String key : keys.keySet()) {
            Object b = before == null ? null : before.get(key);
            Object a = after == null ? null : after.get(key);
            if (!Objects.equals(b, a)) {
                if (before != null) changedBefore.put(key, b);
                if (after != null) changedAfter.put(key, a);
            }
        }
        boolean namesOnly = ResidentRecordTypes.about(entityType);
        String beforeState = before == null ? null : namesOnly ? Json.names(changedBefore.keySet()) : Json.of(changedBefore);
        String afterState = after == null ? null : namesOnly ? Json.names(changedAfter.keySet()) : Json.of(changedAfter);
        events.save(new AuditEvent(clock.instant(), currentUsername(), action, entityType, String.valueOf(entityId),
                homeId, truncate(summary, 500), beforeState, afterState));
    }

    /** Records that the current user opened a sensitive record. Runs in its own transaction so a read-only caller can log. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccess(String entityType, Object entityId, Long homeId, String purpose) {
        accesses.save(new RecordAccess(clock.instant(), currentUsername(), entityType, String.valueOf(entityId),
                homeId, truncate(purpose, 200)));
    }

    /**
     * Records that the current user saw several records at once (a search that offers them), in one transaction of
     * its own: each record keeps its own line, with its home ({@code homeByEntityId}).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAccesses(String entityType, Map<?, Long> homeByEntityId, String purpose) {
        if (homeByEntityId.isEmpty()) return;
        java.time.Instant now = clock.instant();
        String user = currentUsername();
        homeByEntityId.forEach((id, home) -> accesses.save(new RecordAccess(now, user, entityType, String.valueOf(id), home,
                truncate(purpose, 200))));
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SYSTEM_USER : auth.getName();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
