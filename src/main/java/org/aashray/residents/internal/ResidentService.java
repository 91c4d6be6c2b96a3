package org.aashray.residents.internal;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.matching.NameKeyIndex;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's profile: opening it (logged), her summary, and the full profile's edits. Role and home checks on every method. */
@Service
public class ResidentService {

    private final ResidentRepository residents;
    private final NameKeyIndex nameKeys;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ResidentService(ResidentRepository residents, NameKeyIndex nameKeys, ResidentAccess access, AuditLog audit, Clock clock) {
        this.residents = residents;
        this.nameKeys = nameKeys;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a profile: checks the home and writes the record-access log. */
    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public Resident open(long id) {
        Resident r = residents.findById(id).orElseThrow(() -> new AccessDeniedException("No resident " + id));
        access.require(r);
        audit.recordAccess("Resident", id, r.getHomeId(), "profile");
        return r;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public ResidentSummary summary(long id) {
        Resident r = residents.findById(id).orElseThrow(() -> new AccessDeniedException("No resident " + id));
        access.require(r);
        return r.summary();
    }

    /** Saves the full profile; refuses when someone else saved after {@code edited} was opened. */
    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public Resident save(Resident edited) {
        ResidentChecks.profile(edited, LocalDate.now(clock)).throwIfAny();
        Resident current = residents.findById(edited.getId()).orElseThrow();
        access.require(current);
        String what = "Resident " + current.getCaseNumber();
        OptimisticLock.requireVersion(what, current.getVersion(), edited.getVersion());
        Map<String, Object> before = current.snapshot();
        current.setName(clean(edited.getName()));
        current.setAlias(clean(edited.getAlias()));
        current.setGender(edited.getGender());
        current.setBirthDate(edited.getBirthDate());
        current.setBirthDateExact(edited.isBirthDateExact());
        current.setLanguages(clean(edited.getLanguages()));
        current.setReferredBy(edited.getReferredBy());
        current.setOrderNumber(clean(edited.getOrderNumber()));
        current.setOrderDate(edited.getOrderDate());
        current.setRescueDate(edited.getRescueDate());
        current.setRescuePlace(edited.getRescuePlace());
        current.setTraffickingForm(edited.getTraffickingForm());
        current.setOrigin(edited.getOrigin());
        current.setNativePlace(clean(edited.getNativePlace()));
        current.setAddress(ResidentChecks.cleanMultiline(edited.getAddress()));
        current.setIdentificationMarks(clean(edited.getIdentificationMarks()));
        current.setMinor(edited.isMinor());
        current.setPregnant(edited.isPregnant());
        current.setInjuredOrIll(edited.isInjuredOrIll());
        current.setWithChildren(edited.isWithChildren());
        current.setSecurityThreat(edited.isSecurityThreat());
        OptimisticLock.write(what, residents::flush);
        nameKeys.index(current);
        audit.recordChange("UPDATE", "Resident", current.getId(), current.getHomeId(),
                "Profile " + current.getCaseNumber() + " changed", before, current.snapshot());
        return current;
    }
}
