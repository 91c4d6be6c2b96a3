package org.aashray.careplans.plans;

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
 * A resident transferred to another home keeps her care plan: goals, reviews and due dates go on unchanged,
 * and the receiving home's staff now own it (the sending home no longer sees it). Inside the transfer's
 * transaction, just before it commits, so the move and the plan's new home are saved together or not at all.
 */
@Component
class TransferredCarePlans {

    private final CarePlanRepository plans;
    private final AuditLog audit;

    TransferredCarePlans(CarePlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        plans.findByResidentId(transferred.residentId()).filter(p -> p.getHomeId() != transferred.toHomeId()).ifPresent(plan -> {
            long from = plan.getHomeId();
            plan.moveTo(transferred.toHomeId());
            OptimisticLock.write("Care plan", plans::flush);
            audit.recordChange("TRANSFER", "CarePlan", plan.getId(), transferred.toHomeId(),
                    "Care plan of " + plan.getCaseNumber() + " continues at the home she was transferred to",
                    Map.of("homeId", from), Map.of("homeId", transferred.toHomeId()));
        });
    }
}
