package org.aashray.careplans.plans;

import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentEvents;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens a care plan, due after the home's configured days, when a resident is admitted: inside the admission's
 * transaction, just before it commits, so the two are saved together or not at all.
 */
@Component
class AdmissionCarePlans {

    private final CarePlanRepository plans;
    private final CarePlanOpening opening;
    private final ResidentDirectory residents;

    AdmissionCarePlans(CarePlanRepository plans, CarePlanOpening opening, ResidentDirectory residents) {
        this.plans = plans;
        this.opening = opening;
        this.residents = residents;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentEvents.ResidentAdmitted admitted) {
        if (plans.findByResidentId(admitted.residentId()).isPresent()) return;
        String name = SystemAuthentication.call(() -> residents.find(admitted.residentId()).map(ResidentSummary::name)
                .orElse(admitted.caseNumber()));
        opening.open(admitted.homeId(), admitted.residentId(), name, admitted.caseNumber(), admitted.admittedOn());
    }
}
