package org.aashray.medical.appointments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.CancelCause;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.ResidentTransferred;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Her coming appointments when she moves on. Transferred: those at the home she left are cancelled
 * ("transferred"), except hospital referrals, which keep their date (a hospital slot is hard to get) and show at
 * the receiving home, whose staff take her. Left care: every coming appointment is cancelled ("left the home").
 * "Coming" is judged at the day of the change, as for counselling sessions. Inside the change's own transaction.
 */
@Component
class AppointmentsWhenSheLeaves {

    private final AppointmentRepository appointments;
    private final AuditLog audit;
    private final Clock clock;

    AppointmentsWhenSheLeaves(AppointmentRepository appointments, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentTransferred transferred) {
        for (Appointment a : coming(transferred.residentId(), transferred.on())) {
            if (a.getHomeId() != transferred.fromHomeId()) continue;
            Map<String, Object> before = a.snapshot();
            if (a.getKind() == AppointmentKind.HOSPITAL_REFERRAL) {
                a.moveTo(transferred.toHomeId());
                audit.recordChange("TRANSFER", "MedicalAppointment", a.getId(), transferred.toHomeId(),
                        "Hospital referral keeps its date and moves with her transfer", Map.of("homeId", transferred.fromHomeId()),
                        Map.of("homeId", transferred.toHomeId()));
            } else {
                cancel(a, CancelCause.TRANSFERRED, before);
            }
        }
        OptimisticLock.write("Appointment", appointments::flush);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentExited exited) {
        for (Appointment a : coming(exited.residentId(), exited.exitDate())) {
            cancel(a, CancelCause.LEFT_HOME, a.snapshot());
        }
        OptimisticLock.write("Appointment", appointments::flush);
    }

    private void cancel(Appointment a, CancelCause cause, Map<String, Object> before) {
        a.cancelBecause(cause);
        audit.recordChange("CANCEL", "MedicalAppointment", a.getId(), a.getHomeId(), "Appointment cancelled: " + cause, before,
                a.snapshot());
    }

    /** Her planned appointments from the day after the change, or from now if that is earlier. */
    private List<Appointment> coming(long residentId, LocalDate changedOn) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime dayAfter = changedOn.plusDays(1).atStartOfDay();
        return appointments.plannedOfResidentFrom(residentId, dayAfter.isBefore(now) ? dayAfter : now);
    }
}
