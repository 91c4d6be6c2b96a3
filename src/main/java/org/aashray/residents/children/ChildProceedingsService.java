package org.aashray.residents.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's proceedings under the JJ Act: produced before the Child Welfare Committee within 24 hours of rescue
 * and the social investigation report within 15 days (both ADMIN's deadlines), and the due lists the alerts use.
 */
@Service
public class ChildProceedingsService {

    private final ResidentRepository residents;
    private final ChildRepository children;
    private final ResidentDeadlinesRepository deadlines;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ChildProceedingsService(ResidentRepository residents, ChildRepository children, ResidentDeadlinesRepository deadlines,
                            ResidentAccess access, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.children = children;
        this.deadlines = deadlines;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public ChildProceedings of(long residentId) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        return proceedings(r, current());
    }

    /** Records when she was produced before the CWC and when the report was submitted (either may stay empty). */
    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public ChildProceedings record(long residentId, LocalDate cwcProducedOn, LocalDate sirSubmittedOn) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks().require(r.isMinor(), "cwcProducedOn", "residents.child.notMinor");
        ResidentChecks.notFuture(checks, "cwcProducedOn", cwcProducedOn, today);
        ResidentChecks.notFuture(checks, "sirSubmittedOn", sirSubmittedOn, today);
        checks.throwIfAny();
        Map<String, Object> before = snapshot(r);
        r.setCwcProducedOn(cwcProducedOn);
        r.setSirSubmittedOn(sirSubmittedOn);
        OptimisticLock.write("Child proceedings of " + r.getCaseNumber(), () -> residents.saveAndFlush(r));
        audit.recordChange("UPDATE", "ChildProceedings", residentId, r.getHomeId(), "CWC production and SIR of " + r.getCaseNumber(),
                before, snapshot(r));
        return proceedings(r, current());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public ResidentDeadlines deadlines() {
        return current();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ResidentDeadlines saveDeadlines(long version, int cwcProductionHours, int sirDays) {
        new InputChecks()
                .require(cwcProductionHours >= 1 && cwcProductionHours <= 168, "cwcProductionHours", "residents.deadlines.range", 1, 168)
                .require(sirDays >= 1 && sirDays <= 120, "sirDays", "residents.deadlines.range", 1, 120)
                .throwIfAny();
        ResidentDeadlines d = current();
        OptimisticLock.requireVersion("Child deadlines", d.getVersion(), version);
        Map<String, Object> before = Map.of("cwcProductionHours", d.getCwcProductionHours(), "sirDays", d.getSirDays());
        d.setCwcProductionHours(cwcProductionHours);
        d.setSirDays(sirDays);
        ResidentDeadlines saved = OptimisticLock.write("Child deadlines", () -> deadlines.saveAndFlush(d));
        audit.recordChange("UPDATE", "ResidentDeadlines", ResidentDeadlines.ID, null, "Child deadlines", before,
                Map.of("cwcProductionHours", cwcProductionHours, "sirDays", sirDays));
        return saved;
    }

    /** Children not produced before the CWC whose deadline is on or before {@code by} (for the alert rule). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<ChildDeadlineDue> cwcProductionDueBy(LocalDate by) {
        int days = current().cwcProductionDays();
        return children.notProducedBeforeCwc(by.minusDays(days)).stream().map(c -> c.plusDays(days)).toList();
    }

    /** Children without a social investigation report whose deadline is on or before {@code by} (for the alert rule). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<ChildDeadlineDue> socialInvestigationDueBy(LocalDate by) {
        int days = current().getSirDays();
        return children.withoutSocialInvestigation(by.minusDays(days)).stream().map(c -> c.plusDays(days)).toList();
    }

    private ResidentDeadlines current() {
        return deadlines.findById(ResidentDeadlines.ID).orElseThrow();
    }

    private static ChildProceedings proceedings(Resident r, ResidentDeadlines d) {
        return new ChildProceedings(r.isMinor(), r.getRescueDate(), r.getCwcProducedOn(),
                r.getRescueDate() == null ? null : r.getRescueDate().plusDays(d.cwcProductionDays()), r.getSirSubmittedOn(),
                r.getAdmittedOn().plusDays(d.getSirDays()));
    }

    private static Map<String, Object> snapshot(Resident r) {
        Map<String, Object> m = new HashMap<>();
        m.put("cwcProducedOn", r.getCwcProducedOn());
        m.put("sirSubmittedOn", r.getSirSubmittedOn());
        return m;
    }
}
