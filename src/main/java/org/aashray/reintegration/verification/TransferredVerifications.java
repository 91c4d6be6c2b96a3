package org.aashray.reintegration.verification;

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
 * Her home verifications follow her transfer: a pending one is now the receiving home's work (its deadline alerts
 * that home's care manager), and the done ones are her history, which the readiness gate at the receiving home reads.
 * The visitor assigned stays (often a partner organisation in her home area); the sending home no longer lists it.
 * Inside the transfer's transaction.
 */
@Component
class TransferredVerifications {

    private final VerificationRepository verifications;
    private final AuditLog audit;

    TransferredVerifications(VerificationRepository verifications, AuditLog audit) {
        this.verifications = verifications;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        for (HomeVerification v : verifications.findByResidentIdOrderByRequestedOnDescIdDesc(transferred.residentId())) {
            if (v.getHomeId() != transferred.fromHomeId()) continue;
            v.moveTo(transferred.toHomeId());
            audit.recordChange("TRANSFER", "HomeVerification", v.getId(), transferred.toHomeId(),
                    "Home verification (" + v.getStatus() + ") moved with her transfer", Map.of("homeId", transferred.fromHomeId()),
                    Map.of("homeId", transferred.toHomeId()));
        }
        OptimisticLock.write("Home verification", verifications::flush);
    }
}
