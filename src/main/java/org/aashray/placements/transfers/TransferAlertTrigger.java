package org.aashray.placements.transfers;

import org.aashray.alerts.AlertRunRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(TransferAlertTrigger.class);
    private final ApplicationEventPublisher events;

    TransferAlertTrigger(ApplicationEventPublisher events) {
        this.events = events;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(TransferRequestChanged changed) {
        try {
            events.publishEvent(new AlertRunRequested(TransferRequestDeadline.KEY));
        } catch (RuntimeException e) {
            // the request is saved: an alert run that cannot start now (e.g. before the scheduler's jobs exist, while
            // the demo is seeded) is made up by the scheduled run
            log.info("Transfer request alert left to the next scheduled run of {}: {}", TransferRequestDeadline.KEY,
                    e.getClass().getSimpleName());
        }
    }
}
