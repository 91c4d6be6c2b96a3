package org.aashray.medical.healthchecks;

import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.placements.ResidentTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A resident transferred before her admission health check was done: the check goes with her, so the receiving
 * home's medical staff see it and its deadline alerts them (the sending home no longer sees her). Its due time
 * stays: she has waited since her admission. Inside the transfer's transaction, so the two are saved together.
 */
@Component
class TransferredHealthChecks {

    private final HealthCheckRepository checks;
    private final AuditLog audit;

    TransferredHealthChecks(HealthCheckRepository checks, AuditLog audit) {
        this.checks = checks;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        for (HealthCheck check : checks.findByResidentIdAndDoneAtIsNullAndClosedOnIsNull(transferred.residentId())) {
            if (check.getHomeId() == transferred.toHomeId()) continue;
            long from = check.getHomeId();
            check.moveTo(transferred.toHomeId());
            audit.recordChange("TRANSFER", "HealthCheck", check.getId(), transferred.toHomeId(),
                    "Admission health check moved with her transfer from home " + from, Map.of("homeId", from),
                    Map.of("homeId", transferred.toHomeId()));
        }
        OptimisticLock.write("Health check", checks::flush);
    }
}
