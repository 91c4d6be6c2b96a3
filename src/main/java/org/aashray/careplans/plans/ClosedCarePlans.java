package org.aashray.careplans.plans;

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
 * She left care: her care plan is closed on her exit day, so neither its agreement nor its next review falls due
 * (the deadline stops alerting). Goals and reviews are kept as they were: the plan is part of her history, and a
 * follow-up may read it. Inside the exit's own transaction.
 */
@Component
class ClosedCarePlans {

    private final CarePlanRepository plans;
    private final AuditLog audit;

    ClosedCarePlans(CarePlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        plans.findByResidentId(exited.residentId()).filter(p -> p.getClosedOn() == null).ifPresent(plan -> {
            plan.close(exited.exitDate());
            OptimisticLock.write("Care plan", plans::flush);
            audit.recordChange("CLOSE", "CarePlan", plan.getId(), plan.getHomeId(), "Care plan of " + plan.getCaseNumber()
                    + " closed: she left care (" + exited.exitReason() + ")", Map.of("closedOn", ""), Map.of("closedOn", exited.exitDate()));
        });
    }
}
