package org.aashray.placements.transfers;

import java.time.Clock;
import org.aashray.audit.AuditLog;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.TransferStatus;
import org.aashray.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A resident who leaves care (or absconds) while a transfer request is pending cannot be taken in elsewhere: the
 * request is withdrawn in the exit's transaction, so the receiving home is not left with a request nobody can accept.
 */
@Component
class ExitWithdrawsTransfer {

    private final HomeTransferRepository transfers;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExitWithdrawsTransfer(HomeTransferRepository transfers, CurrentUser currentUser, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        transfers.findByResidentIdAndStatus(exited.residentId(), TransferStatus.PENDING).ifPresent(t -> {
            var before = t.snapshot();
            t.withdraw(clock.instant(), currentUser.username());
            transfers.flush();
            audit.recordChange("WITHDRAW", "TransferRequest", t.getId(), t.getFromHomeId(),
                    t.getCaseNumber() + " transfer request withdrawn: she left the home", before, t.snapshot());
            events.publishEvent(new TransferRequestChanged(t.getId()));
        });
    }
}
