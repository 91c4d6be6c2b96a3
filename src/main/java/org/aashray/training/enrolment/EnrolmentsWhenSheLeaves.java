package org.aashray.training.enrolment;

import java.time.LocalDate;
import java.util.List;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.ResidentTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Batches are held in a home: when she is transferred, her places in the batches of the home she left close as
 * "left the home"; when she leaves care, all her places. A seat she held goes to the waitlist; a completed course and
 * its certificate stay hers. Inside the transfer's or exit's own transaction.
 */
@Component
class EnrolmentsWhenSheLeaves {

    private static final List<EnrolmentStatus> ACTIVE = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED);

    private final EnrolmentRepository enrolments;
    private final EnrolmentService service;

    EnrolmentsWhenSheLeaves(EnrolmentRepository enrolments, EnrolmentService service) {
        this.enrolments = enrolments;
        this.service = service;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        close(transferred.residentId(), transferred.fromHomeId(), transferred.on());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        close(exited.residentId(), null, exited.exitDate());
    }

    private void close(long residentId, Long homeId, LocalDate on) {
        for (Enrolment e : enrolments.findByResidentIdAndStatusIn(residentId, ACTIVE)) {
            if (homeId == null || e.getHomeId() == homeId) service.closeBecauseSheLeft(e, on);
        }
    }
}
