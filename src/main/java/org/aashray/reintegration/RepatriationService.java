package org.aashray.reintegration;

import static org.aashray.reintegration.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.residents.ResidentSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Repatriation to Nepal or Bangladesh as a tracked process; the care manager keeps it up to date. */
@Service
public class RepatriationService {

    /** How far back a step of the process may be dated, and how far ahead a permit may run (year 0 or 9999 are slips). */
    static final int YEARS = 10;

    private final RepatriationRepository repatriations;
    private final ReintegrationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    RepatriationService(RepatriationRepository repatriations, ReintegrationAccess access, AuditLog audit, Clock clock) {
        this.repatriations = repatriations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public Repatriation start(long residentId, Country country) {
        ResidentSummary r = access.resident(residentId);
        if (country == null) throw new ValidationException("country", "validation.required");
        if (repatriations.findByResidentIdOrderByIdDesc(residentId).stream().anyMatch(x -> x.getStatus() == RepatriationStatus.OPEN)) {
            throw new ValidationException("country", "reintegration.validation.repatriationOpen");
        }
        Repatriation p = repatriations.saveAndFlush(new Repatriation(residentId, r.homeId(), country));
        audit.recordChange("CREATE", "Repatriation", p.getId(), r.homeId(), r.caseNumber() + ": repatriation to " + country + " started",
                null, Map.of("country", country));
        return p;
    }

    /** Saves the steps so far; {@code complete} closes the process once the handover is recorded. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public Repatriation save(long repatriationId, Repatriation edited, boolean complete) {
        Repatriation p = repatriations.findById(repatriationId).orElseThrow(() -> new AccessDeniedException("No repatriation"));
        access.resident(p.getResidentId());
        if (p.getVersion() != edited.getVersion()) throw new ConcurrentEditException("Repatriation", null);
        if (p.getStatus() != RepatriationStatus.OPEN) throw new ValidationException("status", "reintegration.validation.notOpen");
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        notFuture(errors, "nationalityRequestedOn", edited.getNationalityRequestedOn(), today);
        notFuture(errors, "nationalityReceivedOn", edited.getNationalityReceivedOn(), today);
        notFuture(errors, "permitIssuedOn", edited.getPermitIssuedOn(), today);
        LocalDate earliest = today.minusYears(YEARS);
        within(errors, "nationalityRequestedOn", edited.getNationalityRequestedOn(), earliest, today);
        within(errors, "nationalityReceivedOn", edited.getNationalityReceivedOn(), earliest, today);
        within(errors, "permitIssuedOn", edited.getPermitIssuedOn(), earliest, today);
        within(errors, "permitExpiresOn", edited.getPermitExpiresOn(), earliest, today.plusYears(YEARS));
        if (!complete) {
            // a planned handover: at most a year ahead
            within(errors, "handoverDate", edited.getHandoverDate(), earliest, today.plusYears(1));
        }
        order(errors, "nationalityReceivedOn", edited.getNationalityRequestedOn(), edited.getNationalityReceivedOn());
        order(errors, "permitExpiresOn", edited.getPermitIssuedOn(), edited.getPermitExpiresOn());
        if (edited.getPermitIssuedOn() != null && edited.getPermitExpiresOn() == null) errors.add(new FieldError("permitExpiresOn", "validation.required"));
        if (edited.getPermitIssuedOn() != null && clean(edited.getPermitNumber()) == null) errors.add(new FieldError("permitNumber", "validation.required"));
        length(errors, "permitNumber", edited.getPermitNumber(), 60);
        length(errors, "escort", edited.getEscort(), 200);
        length(errors, "handoverPlace", edited.getHandoverPlace(), 200);
        length(errors, "receivingOrganisation", edited.getReceivingOrganisation(), 200);
        length(errors, "note", edited.getNote(), 500);
        if (complete) {
            if (edited.getHandoverDate() == null) errors.add(new FieldError("handoverDate", "validation.required"));
            else {
                notFuture(errors, "handoverDate", edited.getHandoverDate(), today);
                within(errors, "handoverDate", edited.getHandoverDate(), earliest, today);
            }
            if (clean(edited.getHandoverPlace()) == null) errors.add(new FieldError("handoverPlace", "validation.required"));
            if (clean(edited.getReceivingOrganisation()) == null) errors.add(new FieldError("receivingOrganisation", "validation.required"));
            if (edited.getPermitIssuedOn() == null) errors.add(new FieldError("permitIssuedOn", "validation.required"));
            if (edited.getPermitExpiresOn() != null && edited.getHandoverDate() != null
                    && edited.getPermitExpiresOn().isBefore(edited.getHandoverDate())) {
                errors.add(new FieldError("handoverDate", "reintegration.validation.permitExpired"));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Map<String, Object> before = snapshot(p);
        edited.setPermitNumber(clean(edited.getPermitNumber()));
        edited.setEscort(clean(edited.getEscort()));
        edited.setHandoverPlace(clean(edited.getHandoverPlace()));
        edited.setReceivingOrganisation(clean(edited.getReceivingOrganisation()));
        edited.setNote(clean(edited.getNote()));
        p.copyFrom(edited);
        if (complete) p.setStatus(RepatriationStatus.COMPLETED);
        try {
            repatriations.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Repatriation", e);
        }
        audit.recordChange("UPDATE", "Repatriation", p.getId(), p.getHomeId(), complete ? "Repatriation completed" : "Repatriation updated",
                before, snapshot(p));
        return p;
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<Repatriation> ofResident(long residentId) {
        access.resident(residentId);
        return repatriations.findByResidentIdOrderByIdDesc(residentId);
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<Repatriation> open(Pageable pageable) {
        return repatriations.open(access.isSystem(), access.homes(), pageable);
    }

    private static void notFuture(List<FieldError> errors, String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) errors.add(new FieldError(field, "reintegration.validation.future"));
    }

    /** A date outside the range (the future is said apart, as {@link #notFuture} does). */
    private static void within(List<FieldError> errors, String field, LocalDate d, LocalDate from, LocalDate to) {
        if (d == null || errors.stream().anyMatch(e -> e.field().equals(field))) return;
        if (d.isBefore(from) || d.isAfter(to)) errors.add(new FieldError(field, "validation.dateRange", from, to));
    }

    private static void order(List<FieldError> errors, String field, LocalDate first, LocalDate then) {
        if (first != null && then != null && then.isBefore(first)) errors.add(new FieldError(field, "reintegration.validation.beforeEarlierStep"));
    }

    private static void length(List<FieldError> errors, String field, String v, int max) {
        if (v != null && v.strip().length() > max) errors.add(new FieldError(field, "reintegration.validation.tooLong", max));
    }

    private static Map<String, Object> snapshot(Repatriation p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", p.getStatus());
        m.put("nationalityRequestedOn", String.valueOf(p.getNationalityRequestedOn()));
        m.put("nationalityReceivedOn", String.valueOf(p.getNationalityReceivedOn()));
        m.put("permitNumber", String.valueOf(p.getPermitNumber()));
        m.put("permitIssuedOn", String.valueOf(p.getPermitIssuedOn()));
        m.put("permitExpiresOn", String.valueOf(p.getPermitExpiresOn()));
        m.put("escort", String.valueOf(p.getEscort()));
        m.put("handoverDate", String.valueOf(p.getHandoverDate()));
        m.put("handoverPlace", String.valueOf(p.getHandoverPlace()));
        m.put("receivingOrganisation", String.valueOf(p.getReceivingOrganisation()));
        return m;
    }
}
