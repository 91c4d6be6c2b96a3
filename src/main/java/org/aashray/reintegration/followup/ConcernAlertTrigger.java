package org.aashray.reintegration.followup;

import org.aashray.alerts.AlertRunRequested;
import org.aashray.reintegration.FollowUpConcernRaised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A concern raised at a follow-up cannot wait for the nightly run: once the follow-up is committed, the concern
 * deadline runs at once and the care manager's alert appears. Only after the commit, so that the run (on a job
 * thread) sees the concern, and a follow-up that was not saved alerts nobody. Should the run not start, the
 * nightly run still raises the alert.
 */
@Component
class ConcernAlertTrigger {

    private final ApplicationEventPublisher events;

    ConcernAlertTrigger(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(FollowUpConcernRaised concern) {
        events.publishEvent(new AlertRunRequested(FollowUpConcernDeadline.KEY));
    }
}
