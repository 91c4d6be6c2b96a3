package org.aashray.residents.matching;

import org.aashray.alerts.AlertRunRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A request to an earlier home, and a confirmed return, cannot wait for the nightly run: once committed, the
 * deadlines concerned run at once, so the care managers' alerts appear (and a decided request's alert goes).
 * Only after the commit, so the run sees the change; should the run not start, the nightly run still raises them.
 */
@Component
class ReturnAlertTrigger {

    private final ApplicationEventPublisher events;

    ReturnAlertTrigger(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReturnEvents.ReturnAsked asked) {
        events.publishEvent(new AlertRunRequested(ReturnConfirmationDeadline.KEY));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReturnEvents.ReturnDecided decided) {
        events.publishEvent(new AlertRunRequested(ReturnConfirmationDeadline.KEY));
        if (decided.status() == ReturnStatus.CONFIRMED) {
            events.publishEvent(new AlertRunRequested(PossibleRetraffickingDeadline.KEY));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReturnEvents.ReturnReviewed reviewed) {
        events.publishEvent(new AlertRunRequested(PossibleRetraffickingDeadline.KEY));
    }
}
