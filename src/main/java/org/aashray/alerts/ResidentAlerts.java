package org.aashray.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.alerts.internal.Alert;
import org.aashray.alerts.internal.AlertRepository;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.audit.AuditLog;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's open alerts follow her: to the home she is transferred to, and out of every inbox when she leaves
 * care (except the rules that concern her after she has left, {@link AlertRule#outlivesExit()}). Called inside the
 * transfer's or the exit's transaction, so her alerts change with her, not at each rule's next run (which would
 * come to the same result, because the items moved or closed with her).
 */
@Service
public class ResidentAlerts {

    private final AlertRepository alerts;
    private final AlertRuleRegistry rules;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ResidentAlerts(AlertRepository alerts, AlertRuleRegistry rules, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.rules = rules;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Re-addresses her open alerts of the sending home to the receiving home. Whoever records the transfer works in
     * one of the two homes (the receiving home accepts her without an account in the sending one).
     */
    @PreAuthorize("hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')")
    @Transactional
    public int followToHome(long residentId, long fromHomeId, long toHomeId) {
        if (!currentUser.mayAccessHome(fromHomeId) && !currentUser.mayAccessHome(toHomeId)) {
            throw new AccessDeniedException("No access to home " + fromHomeId + " or " + toHomeId);
        }
        Instant now = clock.instant();
        int moved = 0;
        for (Alert alert : alerts.openAbout(residentId)) {
            if (alert.getHomeId() != fromHomeId) continue;
            alert.readdress(toHomeId, now);
            audit.recordChange("TRANSFER", "Alert", alert.getId(), toHomeId, "Alert follows the resident to the home she was transferred to",
                    Map.of("homeId", fromHomeId), Map.of("homeId", toHomeId));
            moved++;
        }
        alerts.flush();
        return moved;
    }

    /**
     * Resolves her open alerts of the home she left, except those of rules that outlive an exit (follow-ups). An
     * alert about her at another home (none is expected) resolves at its rule's next run: every rule ignores residents
     * who have left.
     */
    @PreAuthorize("hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')")
    @Transactional
    public int resolveAfterExit(long residentId, long homeId) {
        currentUser.requireHome(homeId);
        Set<String> kept = rules.all().stream().filter(AlertRule::outlivesExit).map(AlertRule::key).collect(Collectors.toSet());
        Instant now = clock.instant();
        String by = currentUser.username();
        int resolved = 0;
        for (Alert alert : alerts.openAbout(residentId)) {
            if (alert.getHomeId() != homeId || kept.contains(alert.getRuleKey())) continue;
            alert.resolveBecauseSheLeft(by, now);
            audit.recordChange("RESOLVE", "Alert", alert.getId(), homeId, "Alert resolved: the resident it is about left the home",
                    Map.of("status", "OPEN"), Map.of("status", "RESOLVED", "resolution", Alert.LEFT_CARE));
            resolved++;
        }
        alerts.flush();
        return resolved;
    }
}
