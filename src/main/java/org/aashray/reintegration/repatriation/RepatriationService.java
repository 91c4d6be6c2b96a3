package org.aashray.reintegration.repatriation;

import static org.aashray.reintegration.internal.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.residents.ResidentSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repatriation to Nepal or Bangladesh as a tracked process; the care manager keeps it up to date. Completing the
 * handover records her exit ("repatriated"), the only way such an exit is recorded.
 */
@Service
public class RepatriationService {

    /** How far back a step of the process may be dated, and how far ahead a permit may run (year 0 or 9999 are slips). */
    static final int YEARS = 10;

    private final RepatriationRepository repatriations;
    private final ReintegrationAccess access;
    private final PlacementService placements;
    private final HandoverExits handovers;
    private final AuditLog audit;
    private final Clock clock;

    RepatriationService(RepatriationRepository repatriations, ReintegrationAccess access, PlacementService placements,
                        HandoverExits handovers, AuditLog audit, Clock clock) {
        this.repatriations = repatriations;
        this.access = access;
        this.placements = placements;
        this.handovers = handovers;
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

    /**
     * Saves the steps so far; {@code complete} closes the process once the handover is recorded and, in the same
     * transaction, records her exit ("repatriated", on the handover date) if she still has a place in the home.
     */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public Repatriation save(long repatriationId, Repatriation edited, boolean complete) {
        Repatriation p = repatriations.findById(repatriationId).orElseThrow(() -> new AccessDeniedException("No repatriation"));
        access.resident(p.getResidentId());
        OptimisticLock.requireVersion("Repatriation", p.getVersion(), edited.getVersion());
        if (p.getStatus() != RepatriationStatus.OPEN) throw new ValidationException("status", "reintegration.validation.notOpen");
        check(edited, complete, LocalDate.now(clock));
        Map<String, Object> before = snapshot(p);
        edited.setPermitNumber(clean(edited.getPermitNumber()));
        edited.setEscort(clean(edited.getEscort()));
        edited.setHandoverPlace(clean(edited.getHandoverPlace()));
        edited.setReceivingOrganisation(clean(edited.getReceivingOrganisation()));
        edited.setNote(clean(edited.getNote()));
        p.copyFrom(edited);
        if (complete) p.setStatus(RepatriationStatus.COMPLETED);
        OptimisticLock.write("Repatriation", () -> repatriations.flush());
        audit.recordChange("UPDATE", "Repatriation", p.getId(), p.getHomeId(), complete ? "Repatriation completed" : "Repatriation updated",
                before, snapshot(p));
        if (complete) exitAtHandover(p);
        return p;
    }

    /**
     * Her exit at the handover: to the receiving organisation at the handover place, on the travel permit. Without an
     * open placement (she already left) there is nothing to record. The exit's refusals are said next to this
     * form's fields.
     */
    private void exitAtHandover(Repatriation p) {
        PlacementRecord stay = placements.current(p.getResidentId()).orElse(null);
        if (stay == null) return;
        String destination = p.getReceivingOrganisation() + ", " + p.getHandoverPlace();
        ExitRequest exit = ExitRequest.of(p.getResidentId(), stay.id(), stay.version(), p.getHandoverDate(), ExitReason.REPATRIATED,
                destination.length() > 300 ? destination.substring(0, 300) : destination, p.getPermitNumber(), p.getNote());
        try {
            handovers.record(p.getResidentId(), () -> placements.exit(exit));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(RepatriationService::onThisForm).toList());
        }
    }

    private static FieldError onThisForm(FieldError e) {
        String field = switch (e.field()) {
            case "date" -> "handoverDate";
            case "destination" -> "receivingOrganisation";
            case "order" -> "permitNumber";
            default -> e.field();
        };
        return new FieldError(field, e.messageKey(), e.args());
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

    /** Each step dated in the past (at most {@link #YEARS} back); a planned handover at most a year ahead. */
    private static void check(Repatriation edited, boolean complete, LocalDate today) {
        LocalDate earliest = today.minusYears(YEARS);
        InputChecks checks = new InputChecks();
        past(checks, "nationalityRequestedOn", edited.getNationalityRequestedOn(), earliest, today);
        past(checks, "nationalityReceivedOn", edited.getNationalityReceivedOn(), earliest, today);
        past(checks, "permitIssuedOn", edited.getPermitIssuedOn(), earliest, today);
        checks.within("permitExpiresOn", edited.getPermitExpiresOn(), earliest, today.plusYears(YEARS));
        if (!complete) {
            checks.within("handoverDate", edited.getHandoverDate(), earliest, today.plusYears(1));
        }
        checks.notBefore("nationalityReceivedOn", edited.getNationalityReceivedOn(), edited.getNationalityRequestedOn(),
                        "reintegration.validation.beforeEarlierStep")
                .notBefore("permitExpiresOn", edited.getPermitExpiresOn(), edited.getPermitIssuedOn(),
                        "reintegration.validation.beforeEarlierStep")
                .require(edited.getPermitIssuedOn() == null || edited.getPermitExpiresOn() != null, "permitExpiresOn", "validation.required")
                .require(edited.getPermitIssuedOn() == null || clean(edited.getPermitNumber()) != null, "permitNumber", "validation.required")
                .maxLength("permitNumber", edited.getPermitNumber(), 60)
                .maxLength("escort", edited.getEscort(), 200)
                .maxLength("handoverPlace", edited.getHandoverPlace(), 200)
                .maxLength("receivingOrganisation", edited.getReceivingOrganisation(), 200)
                .maxLength("note", edited.getNote(), 500);
        if (complete) {
            checks.required("handoverDate", edited.getHandoverDate());
            past(checks, "handoverDate", edited.getHandoverDate(), earliest, today);
            checks.required("handoverPlace", edited.getHandoverPlace())
                    .required("receivingOrganisation", edited.getReceivingOrganisation())
                    .required("permitIssuedOn", edited.getPermitIssuedOn())
                    .require(edited.getPermitExpiresOn() == null || edited.getHandoverDate() == null
                            || !edited.getPermitExpiresOn().isBefore(edited.getHandoverDate()), "handoverDate",
                            "reintegration.validation.permitExpired");
        }
        checks.throwIfAny();
    }

    /** A step that has happened: not in the future (said apart), and not before the earliest date. */
    private static void past(InputChecks checks, String field, LocalDate date, LocalDate earliest, LocalDate today) {
        checks.require(date == null || !date.isAfter(today), field, "reintegration.validation.future");
        if (!checks.has(field)) checks.within(field, date, earliest, today);
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
