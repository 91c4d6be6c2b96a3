package org.aashray.reintegration.followup;

import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ResidentExited;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationRepository;
import org.aashray.reintegration.verification.VerificationStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The follow-ups after an exit, at the months ADMIN configured, with whoever visited her family (the latest
 * recorded home verification) responsible for them. Written by a synchronous listener inside the exit's own
 * transaction: the exit and its follow-ups commit together, so a crash can never leave an exit without its
 * schedule. No schedule for DECEASED, nor for ABSCONDED: absconding is an emergency handled with the police and
 * the CWC (placements), not a return to a known place; if she is traced and exits again, that exit schedules.
 */
@Component
class FollowUpSchedule {

    private final ExitRepository exits;
    private final FollowUpRepository followUps;
    private final VerificationRepository verifications;
    private final ReintegrationSettingsService settings;
    private final ReintegrationAccess access;
    private final AuditLog audit;

    FollowUpSchedule(ExitRepository exits, FollowUpRepository followUps, VerificationRepository verifications,
                     ReintegrationSettingsService settings, ReintegrationAccess access, AuditLog audit) {
        this.exits = exits;
        this.followUps = followUps;
        this.verifications = verifications;
        this.settings = settings;
        this.access = access;
        this.audit = audit;
    }

    @EventListener
    void on(ResidentExited e) {
        if (e.exitReason() == ExitReason.DECEASED || e.exitReason() == ExitReason.ABSCONDED) return;
        HomeVerification latest = verifications.findByResidentIdOrderByRequestedOnDescIdDesc(e.residentId()).stream()
                .filter(v -> v.getStatus() == VerificationStatus.DONE).findFirst().orElse(null);
        String partner = latest == null ? null : latest.getAssignedPartner();
        String user = latest != null && latest.getAssignedUsername() != null ? latest.getAssignedUsername() : access.username();
        ReintegrationExit exit = exits.saveAndFlush(new ReintegrationExit(e.residentId(), e.homeId(), e.exitReason(),
                e.exitDate(), e.destination(), partner, partner == null ? user : null));
        List<Integer> months = settings.settings().months();
        for (int m : months) {
            followUps.save(new FollowUp(exit.getId(), e.residentId(), e.homeId(), m, e.exitDate().plusMonths(m)));
        }
        followUps.flush();
        audit.recordChange("CREATE", "FollowUpSchedule", exit.getId(), e.homeId(), "Follow-ups scheduled after exit ("
                + e.exitReason() + ") at " + months + " months", null, Map.of("exitDate", e.exitDate(), "months", months.toString()));
    }
}
