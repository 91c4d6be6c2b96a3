package org.aashray.reintegration.repatriation;

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
 * Her repatriation follows her transfer with every step recorded so far (nationality verification, travel permit,
 * escort, handover): the receiving home carries it on and its permit deadline alerts that home. Inside the
 * transfer's transaction.
 */
@Component
class TransferredRepatriations {

    private final RepatriationRepository repatriations;
    private final AuditLog audit;

    TransferredRepatriations(RepatriationRepository repatriations, AuditLog audit) {
        this.repatriations = repatriations;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        for (Repatriation r : repatriations.findByResidentIdOrderByIdDesc(transferred.residentId())) {
            if (r.getHomeId() != transferred.fromHomeId()) continue;
            r.moveTo(transferred.toHomeId());
            audit.recordChange("TRANSFER", "Repatriation", r.getId(), transferred.toHomeId(),
                    "Repatriation (" + r.getStatus() + ") moved with her transfer", Map.of("homeId", transferred.fromHomeId()),
                    Map.of("homeId", transferred.toHomeId()));
        }
        OptimisticLock.write("Repatriation", repatriations::flush);
    }
}
