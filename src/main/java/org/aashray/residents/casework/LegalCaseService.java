package org.aashray.residents.casework;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** The criminal case in which she is a witness (FIR, statement, court, hearings, lawyer) and her compensation claim. */
@Service
public class LegalCaseService {

    /** Stands for "no version yet" on either side: a legal case not saved before, or a form that showed none. */
    private static final long NONE = -1;

    private final ResidentRepository residents;
    private final LegalCaseRepository legalCases;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LegalCaseService(ResidentRepository residents, LegalCaseRepository legalCases, ResidentAccess access, AuditLog audit,
                     Clock clock) {
        this.residents = residents;
        this.legalCases = legalCases;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public LegalCase legalCase(long residentId) {
        access.require(residents.findById(residentId).orElseThrow());
        return legalCases.findById(residentId).orElseGet(LegalCase::new);
    }

    /** Hearings on or before {@code by} of residents in residence, for the hearing alert (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<HearingDue> hearingsBy(LocalDate by) {
        return legalCases.hearingsBy(by);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public LegalCase saveLegalCase(long residentId, LegalCase edited) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks()
                .maxLength("firNumber", edited.getFirNumber(), 60)
                .maxLength("policeStation", edited.getPoliceStation(), 120)
                .maxLength("sectionsInvoked", edited.getSectionsInvoked(), 300)
                .maxLength("statementSection", edited.getStatementSection(), 40)
                .maxLength("court", edited.getCourt(), 160)
                .maxLength("lawyerName", edited.getLawyerName(), 120);
        ResidentChecks.notFuture(checks, "statementDate", edited.getStatementDate(), today);
        ResidentChecks.notFuture(checks, "compensationAppliedOn", edited.getCompensationAppliedOn(), today);
        // a hearing date is kept even when it has passed, but not one decades away (year 0 or 9999 typed by mistake)
        checks.yearsAround("nextHearing", edited.getNextHearing(), today, 10, 5).throwIfAny();
        String what = "Legal case of " + r.getCaseNumber();
        LegalCase current = legalCases.findById(residentId).orElse(null);
        boolean created = current == null;
        OptimisticLock.requireVersion(what, created ? NONE : current.getVersion(),
                edited.getVersion() == null ? NONE : edited.getVersion());
        if (created) {
            current = new LegalCase();
            current.setResidentId(residentId);
        }
        Map<String, Object> before = created ? null : snapshot(current);
        current.setFirNumber(clean(edited.getFirNumber()));
        current.setPoliceStation(clean(edited.getPoliceStation()));
        current.setSectionsInvoked(clean(edited.getSectionsInvoked()));
        current.setStatementSection(clean(edited.getStatementSection()));
        current.setStatementDate(edited.getStatementDate());
        current.setCourt(clean(edited.getCourt()));
        current.setNextHearing(edited.getNextHearing());
        current.setLawyerType(edited.getLawyerType() == null ? LawyerType.NONE : edited.getLawyerType());
        current.setLawyerName(clean(edited.getLawyerName()));
        current.setCompensationAppliedOn(edited.getCompensationAppliedOn());
        current.setCompensationStatus(edited.getCompensationStatus() == null ? CompensationStatus.NOT_APPLIED
                : edited.getCompensationStatus());
        LegalCase toSave = current;
        LegalCase saved = OptimisticLock.write(what, () -> legalCases.saveAndFlush(toSave));
        audit.recordChange(created ? "CREATE" : "UPDATE", "LegalCase", residentId, r.getHomeId(), what, before, snapshot(saved));
        return saved;
    }

    private static Map<String, Object> snapshot(LegalCase c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firNumber", c.getFirNumber());
        m.put("policeStation", c.getPoliceStation());
        m.put("sectionsInvoked", c.getSectionsInvoked());
        m.put("statementSection", c.getStatementSection());
        m.put("statementDate", c.getStatementDate());
        m.put("court", c.getCourt());
        m.put("nextHearing", c.getNextHearing());
        m.put("lawyerType", c.getLawyerType());
        m.put("lawyerName", c.getLawyerName());
        m.put("compensationAppliedOn", c.getCompensationAppliedOn());
        m.put("compensationStatus", c.getCompensationStatus());
        return m;
    }
}
