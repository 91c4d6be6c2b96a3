package org.aashray.medical.healthchecks;

import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.placements.ResidentExited;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * She left care before her admission health check was done: the check is closed on her exit day, so its deadline
 * stops alerting the home's medical staff about someone who is no longer there. Kept (not deleted), so her record
 * shows it was never done. Inside the exit's own transaction.
 */
@Component
class HealthChecksWhenSheLeaves {

    private final HealthCheckRepository checks;
    private final AuditLog audit;

    HealthChecksWhenSheLeaves(HealthCheckRepository checks, AuditLog audit) {
        this.checks = checks;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        for (HealthCheck check : checks.findByResidentIdAndDoneAtIsNullAndClosedOnIsNull(exited.residentId())) {
            check.close(exited.exitDate());
            audit.recordChange("CLOSE", "HealthCheck", check.getId(), check.getHomeId(),
                    "Admission health check closed undone: she left care", Map.of("closedOn", ""), Map.of("closedOn", exited.exitDate()));
        }
        OptimisticLock.write("Health check", checks::flush);
    }
}
