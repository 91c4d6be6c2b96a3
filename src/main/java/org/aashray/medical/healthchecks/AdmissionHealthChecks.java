package org.aashray.medical.healthchecks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.medical.settings.MedicalSettingsService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentEvents;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Creates the admission health check when a resident is admitted, due the home's configured hours later.
 * Runs inside the admission's own transaction, just before it commits, so an admission and its check are
 * saved together or not at all (a crash between two transactions left arrivals without a check).
 */
@Component
class AdmissionHealthChecks {

    private final HealthCheckRepository checks;
    private final MedicalSettingsService settings;
    private final ResidentDirectory residents;
    private final AuditLog audit;
    private final Clock clock;

    AdmissionHealthChecks(HealthCheckRepository checks, MedicalSettingsService settings, ResidentDirectory residents,
                          AuditLog audit, Clock clock) {
        this.checks = checks;
        this.settings = settings;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ResidentEvents.ResidentAdmitted admitted) {
        LocalDateTime now = LocalDateTime.now(clock);
        // admitted today: from now; an admission entered later (back-dated): from noon of that day
        LocalDateTime from = admitted.admittedOn().equals(LocalDate.now(clock)) ? now : admitted.admittedOn().atTime(12, 0);
        LocalDateTime due = from.plusHours(settings.effective(admitted.homeId()).getCheckDueHours()).withNano(0).withSecond(0);
        if (checks.existsByResidentIdAndDueAt(admitted.residentId(), due)) return;
        String name = SystemAuthentication.call(() -> residents.find(admitted.residentId()).map(ResidentSummary::name)
                .orElse(admitted.caseNumber()));
        HealthCheck check = checks.save(new HealthCheck(admitted.homeId(), admitted.residentId(), name, due));
        audit.recordChange("CREATE", "HealthCheck", check.getId(), admitted.homeId(),
                "Admission health check due " + due + " for " + admitted.caseNumber(), null, Map.of("dueAt", due.toString()));
    }
}
