package org.aashray.medical.healthchecks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.medical.MedicalService;
import org.aashray.medical.internal.MedicalAccess;
import org.aashray.medical.internal.MedicalText;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission health checks: what is still to do (and overdue), and recording one as done with its findings,
 * which only the home's medical staff read. Checks are created by {@link AdmissionHealthChecks}.
 */
@Service
public class HealthCheckService {

    private final HealthCheckRepository checks;
    private final MedicalAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    HealthCheckService(HealthCheckRepository checks, MedicalAccess access, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.checks = checks;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Admission health checks not yet done in the caller's homes, earliest due first (for the medical view). */
    @PreAuthorize(MedicalService.READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> openHealthChecks(int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<HealthCheck> open = currentUser.seesAllHomes() ? checks.openEverywhere(PageRequest.of(0, limit))
                : currentUser.homeIds().isEmpty() ? List.of() : checks.openIn(currentUser.homeIds(), PageRequest.of(0, limit));
        return open.stream().map(c -> c.summary(false, now)).toList();
    }

    /** Admission health checks not done and due on or before {@code by}, in all homes: for the deadline. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<HealthCheckDue> healthChecksDueBy(LocalDate by) {
        return checks.openDueBefore(by.plusDays(1).atStartOfDay()).stream()
                .map(c -> new HealthCheckDue(c.getId(), c.getResidentId(), c.getHomeId(), c.getDueAt().toLocalDate())).toList();
    }

    /** Health checks past their due time and not done. */
    @PreAuthorize(MedicalService.READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> overdueHealthChecks(int limit) {
        return openHealthChecks(limit).stream().filter(HealthCheckSummary::overdue).toList();
    }

    @PreAuthorize(MedicalService.READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> healthChecks(long residentId) {
        ResidentSummary r = access.resident(residentId);
        boolean confidential = access.confidential(r.homeId());
        LocalDateTime now = LocalDateTime.now(clock);
        return checks.findByResidentIdOrderByDueAtDesc(residentId).stream().map(c -> c.summary(confidential, now)).toList();
    }

    @PreAuthorize(MedicalService.WRITE)
    @Transactional
    public HealthCheckSummary recordHealthCheck(long checkId, long version, String findings) {
        HealthCheck c = checks.findById(checkId).orElseThrow(() -> new AccessDeniedException("No such check"));
        currentUser.requireHome(c.getHomeId());
        OptimisticLock.requireVersion("Health check", c.getVersion(), version);
        new InputChecks().require(c.getClosedOn() == null, "findings", "medical.validation.checkClosed")
                .require(findings != null && !findings.isBlank(), "findings", "medical.validation.required")
                .maxLength("findings", findings, MedicalText.MAX_LENGTH).throwIfAny();
        c.done(LocalDateTime.now(clock), access.username(), findings.trim());
        OptimisticLock.write("Health check", checks::flush);
        audit.recordChange("DONE", "HealthCheck", checkId, c.getHomeId(), "Admission health check done", Map.of("done", false),
                Map.of("done", true));
        return c.summary(true, LocalDateTime.now(clock));
    }
}
