package org.aashray.placements.transfers;

import org.aashray.alerts.AlertRunRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The receiving home should see a request on the day it is made: once it is committed, the request deadline runs
 * at once and raises the alert (and an answered request's alert resolves). Only after the commit, so the run on a
 * job thread sees it; should the run not start, the nightly run still does it.
 */
@Component
class TransferAlertTrigger {

    private final ApplicationEventPublisher events;

    TransferAlertTrigger(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TransferRequestChanged changed) {
        events.publishEvent(new AlertRunRequested(TransferRequestDeadline.KEY));
    }
}
