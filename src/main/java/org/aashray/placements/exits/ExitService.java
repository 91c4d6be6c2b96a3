package org.aashray.placements.exits;

import static org.aashray.placements.internal.PlacementChecks.clean;
import static org.aashray.placements.internal.PlacementChecks.notBefore;
import static org.aashray.placements.internal.PlacementChecks.pastDate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.placements.EndKind;
import org.aashray.placements.ExitGuard;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.ResidentExited;
import org.aashray.placements.internal.BedLocks;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident leaving care: for good (restored to her family, repatriated, ...) or by absconding, which stays an
 * emergency on the board until the care manager closes it. Every {@link ExitGuard} is asked first.
 */
@Service
public class ExitService {

    private final PlacementRepository placements;
    private final BedLocks beds;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<ExitGuard> exitGuards;
    private final Clock clock;

    ExitService(PlacementRepository placements, BedLocks beds, ResidentDirectory directory, CurrentUser currentUser,
                AuditLog audit, ApplicationEventPublisher events, List<ExitGuard> exitGuards, Clock clock) {
        this.placements = placements;
        this.beds = beds;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.exitGuards = exitGuards;
        this.clock = clock;
    }

    /** Records that a resident leaves care. Frees the bed, ends her children's stays too, and publishes {@link ResidentExited}. */
    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public PlacementRecord exit(ExitRequest e) {
        LocalDate today = LocalDate.now(clock);
        boolean absconded = e.reason() == ExitReason.ABSCONDED;
        if (!absconded && !currentUser.has(Role.CARE_MANAGER) && !isSystem()) {
            throw new AccessDeniedException("Only the care manager records exits other than absconding");
        }
        InputChecks checks = new InputChecks();
        pastDate(checks, "date", e.date(), today);
        String destination = clean(e.destination());
        String order = clean(e.order());
        String note = clean(e.note());
        String informed = clean(e.informedDetails());
        boolean goesSomewhere = e.reason() != null && e.reason().needsDestination();
        String releasedTo = goesSomewhere ? clean(e.releasedTo()) : null;
        String releasedToPhone = goesSomewhere ? clean(e.releasedToPhone()) : null;
        checks.required("reason", e.reason());
        if (e.reason() != null) {
            checks.require(!e.reason().needsDestination() || destination != null, "destination", "validation.required");
            checks.require(!e.reason().needsOrder() || order != null, "order", "placements.validation.orderRequired");
            checks.require(e.reason() != ExitReason.OTHER || note != null, "note", "placements.validation.reasonRequired");
            if (absconded) {
                checks.required("abscondedAt", e.abscondedAt());
                checks.require(e.abscondedAt() == null || !e.abscondedAt().isAfter(LocalDateTime.now(clock)), "abscondedAt",
                        "placements.validation.future");
                checks.require(!(e.informedPolice() || e.informedCwc()) || informed != null, "informedDetails",
                        "placements.validation.whoWasInformed");
            }
        }
        checks.maxLength("destination", destination, 300).maxLength("order", order, 120).maxLength("note", note, 500)
                .maxLength("informedDetails", informed, 300).maxLength("releasedTo", releasedTo, 120)
                .require(releasedToPhone == null || releasedToPhone.matches("[+0-9 ()-]{6,20}"), "releasedToPhone",
                        "placements.validation.phone")
                .throwIfAny();
        Placement current = placements.findOpen(e.residentId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        current.requireSeenAs(e.placementId(), e.expectedVersion());
        notBefore(checks, "date", e.date(), current.getStartDate(), "placements.validation.exitBeforeStay");
        if (absconded) {
            // she was missed during this stay: a moment before it began (year 0) is a typing slip
            checks.within("abscondedAt", e.abscondedAt(), current.getStartDate(), today);
        }
        for (ExitGuard guard : exitGuards) {
            guard.objections(e.residentId(), current.getHomeId(), e).forEach(o -> checks.add(o.field(), o.messageKey(), o.args()));
        }
        checks.throwIfAny();
        Map<String, Object> before = current.snapshot();
        current.end(e.date(), EndKind.EXIT, note);
        current.exit(e.reason(), destination, order);
        current.releasedTo(releasedTo, releasedToPhone);
        if (absconded) {
            current.absconded(e.abscondedAt().atZone(ZoneId.systemDefault()).toInstant(), e.informedPolice(), e.informedCwc(), informed);
        }
        OptimisticLock.write("Placement", placements::flush);
        if (current.getBedId() != null) beds.free(current.getBedId());
        ResidentStatus status = absconded ? ResidentStatus.ABSCONDED : ResidentStatus.EXITED;
        for (Placement c : placements.openChildrenOf(current.getId())) {
            c.end(e.date(), EndKind.EXIT, note);
            c.exit(e.reason(), destination, order);
            directory.markStatus(c.getResidentId(), status, e.date());
            events.publishEvent(new ResidentExited(c.getResidentId(), c.getHomeId(), e.reason(), e.date(), destination));
        }
        directory.markStatus(e.residentId(), status, e.date());
        audit.recordChange("EXIT", "Placement", current.getId(), current.getHomeId(),
                "Exit: " + e.reason() + (destination == null ? "" : " to " + destination), before, current.snapshot());
        events.publishEvent(new ResidentExited(e.residentId(), current.getHomeId(), e.reason(), e.date(), destination));
        return current.toRecord(true);
    }

    /** The care manager closes an absconding emergency (she was traced, or the case is now with the police). */
    @PreAuthorize("hasAnyRole('CARE_MANAGER','SYSTEM')")
    @Transactional
    public void closeEmergency(long placementId, long expectedVersion, LocalDate on) {
        Placement p = placements.findById(placementId).orElseThrow();
        currentUser.requireHome(p.getHomeId());
        OptimisticLock.requireVersion("Placement", p.getVersion(), expectedVersion);
        InputChecks checks = new InputChecks();
        pastDate(checks, "date", on, LocalDate.now(clock));
        notBefore(checks, "date", on, p.getEndDate(), "placements.validation.exitBeforeStay");
        checks.throwIfAny();
        p.setEmergencyClosedOn(on);
        OptimisticLock.write("Placement", placements::flush);
        audit.recordChange("UPDATE", "Placement", p.getId(), p.getHomeId(), "Absconding emergency closed",
                Map.of("emergencyClosedOn", ""), Map.of("emergencyClosedOn", on));
    }

    private boolean isSystem() {
        return currentUser.has(Role.ADMIN) && currentUser.get().isEmpty();
    }
}
