package org.aashray.placements.lifecycle;

import org.aashray.alerts.ResidentAlerts;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.ResidentTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands a transfer or an exit to the alerts feature, which re-addresses or resolves her open alerts. The alerts
 * feature sits below placements (placements' own deadlines are alert rules), so it cannot listen to placements'
 * events without a dependency cycle; placements tells it, through its API, as it tells residents where she lives.
 * Which alerts stay open after an exit (the follow-ups) is the rules' own declaration, not placements' knowledge.
 * Inside the transfer's or exit's transaction, just before it commits.
 */
@Component
class AlertsFollowTheResident {

    private final ResidentAlerts alerts;

    AlertsFollowTheResident(ResidentAlerts alerts) {
        this.alerts = alerts;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        alerts.followToHome(transferred.residentId(), transferred.fromHomeId(), transferred.toHomeId());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        alerts.resolveAfterExit(exited.residentId(), exited.homeId());
    }
}
