package org.aashray.counselling.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.counselling.CancelCause;
import org.aashray.counselling.internal.CounsellingSessionRepository;
import org.aashray.counselling.internal.Session;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.ResidentTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sessions are held in the home: when she is transferred, her coming sessions at the home she left are cancelled
 * ("transferred"); when she leaves care, all her coming sessions ("left the home"). A group session goes on
 * without her. "Coming" is judged at the day of the change, so a transfer or exit recorded a few days late also
 * cancels the sessions she could no longer attend in between (those nobody recorded). Inside the change's own
 * transaction, so the counsellor's calendar and her move agree.
 */
@Component
class SessionsWhenSheLeaves {

    private final CounsellingSessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    SessionsWhenSheLeaves(CounsellingSessionRepository sessions, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        withdraw(transferred.residentId(), transferred.fromHomeId(), transferred.on(), CancelCause.TRANSFERRED);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        withdraw(exited.residentId(), null, exited.exitDate(), CancelCause.LEFT_HOME);
    }

    /** Her unrecorded sessions from the day after the change (or from now, if earlier), of one home or of all. */
    private void withdraw(long residentId, Long homeId, LocalDate changedOn, CancelCause cause) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime dayAfter = changedOn.plusDays(1).atStartOfDay();
        LocalDateTime from = dayAfter.isBefore(now) ? dayAfter : now;
        for (Session s : sessions.openOfResidentFrom(residentId, from)) {
            if (homeId != null && s.getHomeId() != homeId) continue;
            Map<String, Object> before = s.snapshot();
            s.withdraw(residentId, cause);
            audit.recordChange("CANCEL", "CounsellingSession", s.getId(), s.getHomeId(),
                    "Session without resident " + residentId + ": " + cause, before, s.snapshot());
        }
        OptimisticLock.write("Session", sessions::flush);
    }
}
