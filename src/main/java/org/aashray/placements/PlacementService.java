package org.aashray.placements;

import static org.aashray.placements.PlacementRules.clean;
import static org.aashray.placements.PlacementRules.maxLength;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admissions to beds, moves, transfers, absences and exits. Each change is one transaction with its audit
 * entry; the bed is locked and its occupancy row is unique, so a bed never holds two residents.
 */
@Service
public class PlacementService {

    static final String PLACE = "hasAnyRole('RECEPTION','CARE_MANAGER','SYSTEM')";
    static final String STAFF = "hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')";

    private final PlacementRepository placements;
    private final AbsenceRepository absences;
    private final StayLimitService limits;
    private final BedLocks beds;
    private final HomeService homes;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<ExitGuard> exitGuards;
    private final Clock clock;

    PlacementService(PlacementRepository placements, AbsenceRepository absences, StayLimitService limits, BedLocks beds,
                     HomeService homes, ResidentDirectory directory,
                     CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
                     List<ExitGuard> exitGuards, Clock clock) {
        this.placements = placements;
        this.absences = absences;
        this.limits = limits;
        this.beds = beds;
        this.homes = homes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.exitGuards = exitGuards;
        this.clock = clock;
    }

    /** Gives a resident of the bed's home a free bed, under an order or a documented reason. */
    @PreAuthorize(PLACE)
    @Transactional
    public PlacementRecord admit(Admission a) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String orderNumber = clean(a.orderNumber());
        String reason = clean(a.basisReason());
        pastDate(errors, "startDate", a.startDate(), today);
        if (orderNumber == null && reason == null) errors.add(new FieldError("orderNumber", "placements.validation.orderOrReason"));
        if (orderNumber != null && a.orderDate() == null) errors.add(new FieldError("orderDate", "validation.required"));
        orderDate(errors, a.orderDate(), today);
        maxLength(errors, "orderNumber", orderNumber, 60);
        maxLength(errors, "basisReason", reason, 500);
        throwIfAny(errors);
        ResidentSummary r = resident(a.residentId());
        BedLocks.LockedBed bed = lockFreeBed(a.bedId(), r.homeId());
        if (r.status() != ResidentStatus.IN_RESIDENCE) errors.add(new FieldError("resident", "placements.validation.notInResidence"));
        if (placements.findOpen(r.id()).isPresent()) errors.add(new FieldError("resident", "placements.validation.alreadyPlaced"));
        if (a.startDate().isBefore(r.admittedOn())) errors.add(new FieldError("startDate", "placements.validation.beforeIntake", r.admittedOn()));
        notBefore(errors, "startDate", a.startDate(), placements.lastEndOfResident(r.id()), "placements.validation.overlapsStay");
        notBefore(errors, "startDate", a.startDate(), placements.lastEndOfBed(bed.bedId()), "placements.validation.bedUsedThen");
        HomeSummary home = homes.summary(bed.homeId());
        errors.addAll(PlacementRules.mayTakeBed(home, r, a.startDate()));
        throwIfAny(errors);
        StayLimits limit = limits.of(home.type());
        Placement p = new Placement(r.id(), home.id(), home.type(), bed.bedId(), a.startDate(), a.startDate(),
                a.startDate(), PlacementRules.expectedEnd(r, limit, a.startDate()), EntryKind.ADMISSION, null,
                clock.instant(), username());
        p.basis(orderNumber, a.orderDate(), reason);
        placements.saveAndFlush(p);
        beds.occupy(bed.bedId(), p.getId(), r.id(), home.id());
        audit.recordChange("CREATE", "Placement", p.getId(), home.id(), r.caseNumber() + " admitted to bed " + bed.bedId(),
                null, snapshot(p));
        events.publishEvent(new ResidentPlaced(r.id(), home.id(), bed.bedId(), home.type(), a.startDate()));
        return PlacementRecord.of(p, true);
    }

    /** An accompanying child joins her mother's placement, on a cot in her mother's room. */
    @PreAuthorize(PLACE)
    @Transactional
    public PlacementRecord placeWithMother(long childId, LocalDate startDate) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        pastDate(errors, "startDate", startDate, today);
        throwIfAny(errors);
        ResidentSummary child = resident(childId);
        if (child.motherId() == null) throw new ValidationException("resident", "placements.validation.noMother");
        Placement mother = placements.findOpen(child.motherId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.motherNotPlaced"));
        currentUser.requireHome(mother.getHomeId());
        if (placements.findOpen(childId).isPresent()) errors.add(new FieldError("resident", "placements.validation.alreadyPlaced"));
        notBefore(errors, "startDate", startDate, mother.getStartDate(), "placements.validation.beforeMother");
        notBefore(errors, "startDate", startDate, placements.lastEndOfResident(childId), "placements.validation.overlapsStay");
        HomeSummary home = homes.summary(mother.getHomeId());
        StayLimits limit = limits.of(home.type());
        errors.addAll(PlacementRules.mayAccompany(home, child, limit, startDate));
        throwIfAny(errors);
        Placement p = childPlacement(child, mother, limit, startDate, startDate, EntryKind.ADMISSION, null);
        audit.recordChange("CREATE", "Placement", p.getId(), home.id(), child.caseNumber() + " placed with her mother", null,
                snapshot(p));
        return PlacementRecord.of(p, true);
    }

    /** Moves a resident to another bed of the same home, or transfers her to another home (reason required). */
    @PreAuthorize(PLACE)
    @Transactional
    public PlacementRecord move(Transfer t) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        pastDate(errors, "date", t.date(), today);
        String reason = clean(t.reason());
        String orderNumber = clean(t.orderNumber());
        maxLength(errors, "reason", reason, 500);
        maxLength(errors, "orderNumber", orderNumber, 60);
        orderDate(errors, t.orderDate(), today);
        throwIfAny(errors);
        Placement current = placements.findOpen(t.residentId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        if (current.getId() != t.placementId() || current.getVersion() != t.expectedVersion()) {
            throw new ConcurrentEditException("Placement", null);
        }
        if (current.getMotherPlacementId() != null) throw new ValidationException("resident", "placements.validation.childGoesWithMother");
        ResidentSummary r = resident(t.residentId());
        BedLocks.LockedBed bed = lockFreeBed(t.toBedId(), null);
        boolean otherHome = bed.homeId() != current.getHomeId();
        notBefore(errors, "date", t.date(), current.getStartDate(), "placements.validation.beforeCurrentStay");
        notBefore(errors, "date", t.date(), placements.lastEndOfBed(bed.bedId()), "placements.validation.bedUsedThen");
        HomeSummary target = homes.summary(bed.homeId());
        List<Placement> children = placements.openChildrenOf(current.getId());
        StayLimits limit = limits.of(target.type());
        if (otherHome) {
            if (reason == null) errors.add(new FieldError("reason", "placements.validation.reasonRequired"));
            errors.addAll(PlacementRules.mayTakeBed(target, r, t.date()));
            for (Placement c : children) {
                errors.addAll(PlacementRules.mayAccompany(target, directory.find(c.getResidentId()).orElseThrow(), limit, t.date()));
            }
        }
        throwIfAny(errors);
        current.end(t.date(), otherHome ? EndKind.TRANSFER : EndKind.BED_MOVE, reason);
        flushChecked();
        beds.free(current.getBedId());
        LocalDate homeSince = otherHome ? t.date() : current.getHomeSince();
        LocalDate expectedEnd = otherHome ? PlacementRules.expectedEnd(r, limit, t.date()) : current.getExpectedEnd();
        Placement next = new Placement(r.id(), target.id(), target.type(), bed.bedId(), t.date(), homeSince,
                current.getAdmittedOn(), expectedEnd, otherHome ? EntryKind.TRANSFER : EntryKind.BED_MOVE, current.getId(),
                clock.instant(), username());
        next.basis(otherHome ? orderNumber : current.getOrderNumber(), otherHome ? t.orderDate() : current.getOrderDate(),
                otherHome ? reason : current.getBasisReason());
        placements.saveAndFlush(next);
        beds.occupy(bed.bedId(), next.getId(), r.id(), target.id());
        for (Placement c : children) {
            c.end(t.date(), otherHome ? EndKind.TRANSFER : EndKind.BED_MOVE, reason);
            ResidentSummary child = directory.find(c.getResidentId()).orElseThrow();
            childPlacement(child, next, limit, t.date(), otherHome ? t.date() : c.getHomeSince(),
                    otherHome ? EntryKind.TRANSFER : EntryKind.BED_MOVE, c.getId());
            if (otherHome) directory.moveToHome(child.id(), target.id());
        }
        if (otherHome) {
            directory.moveToHome(r.id(), target.id());
        }
        audit.recordChange(otherHome ? "TRANSFER" : "MOVE", "Placement", next.getId(), target.id(),
                r.caseNumber() + (otherHome ? " transferred from home " + current.getHomeId() : " moved to bed " + bed.bedId()),
                snapshot(current), snapshot(next));
        if (otherHome) {
            events.publishEvent(new ResidentTransferred(r.id(), current.getHomeId(), target.id(), t.date(), reason));
        }
        return PlacementRecord.of(next, true);
    }

    /** Records that a resident leaves care. Frees the bed, ends her children's stays too, and publishes {@link ResidentExited}. */
    @PreAuthorize(PLACE)
    @Transactional
    public PlacementRecord exit(ExitRequest e) {
        LocalDate today = LocalDate.now(clock);
        boolean absconded = e.reason() == ExitReason.ABSCONDED;
        if (!absconded && !currentUser.has(Role.CARE_MANAGER) && !isSystem()) {
            throw new AccessDeniedException("Only the care manager records exits other than absconding");
        }
        List<FieldError> errors = new ArrayList<>();
        pastDate(errors, "date", e.date(), today);
        String destination = clean(e.destination());
        String order = clean(e.order());
        String note = clean(e.note());
        String informed = clean(e.informedDetails());
        if (e.reason() == null) {
            errors.add(new FieldError("reason", "validation.required"));
        } else {
            if (e.reason().needsDestination() && destination == null) errors.add(new FieldError("destination", "validation.required"));
            if (e.reason().needsOrder() && order == null) errors.add(new FieldError("order", "placements.validation.orderRequired"));
            if (e.reason() == ExitReason.OTHER && note == null) errors.add(new FieldError("note", "placements.validation.reasonRequired"));
            if (absconded) {
                if (e.abscondedAt() == null) errors.add(new FieldError("abscondedAt", "validation.required"));
                else if (e.abscondedAt().isAfter(java.time.LocalDateTime.now(clock))) errors.add(new FieldError("abscondedAt", "placements.validation.future"));
                if ((e.informedPolice() || e.informedCwc()) && informed == null) {
                    errors.add(new FieldError("informedDetails", "placements.validation.whoWasInformed"));
                }
            }
        }
        maxLength(errors, "destination", destination, 300);
        maxLength(errors, "order", order, 120);
        maxLength(errors, "note", note, 500);
        maxLength(errors, "informedDetails", informed, 300);
        throwIfAny(errors);
        Placement current = placements.findOpen(e.residentId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        if (current.getId() != e.placementId() || current.getVersion() != e.expectedVersion()) {
            throw new ConcurrentEditException("Placement", null);
        }
        notBefore(errors, "date", e.date(), current.getStartDate(), "placements.validation.exitBeforeStay");
        if (absconded && e.abscondedAt() != null && e.abscondedAt().toLocalDate().isBefore(current.getStartDate())) {
            // she was missed during this stay: a moment before it began (year 0) is a typing slip
            errors.add(new FieldError("abscondedAt", "validation.dateRange", current.getStartDate(), today));
        }
        for (ExitGuard guard : exitGuards) {
            errors.addAll(guard.objections(e.residentId(), current.getHomeId(), e));
        }
        throwIfAny(errors);
        Map<String, Object> before = snapshot(current);
        current.end(e.date(), EndKind.EXIT, note);
        current.exit(e.reason(), destination, order);
        if (absconded) {
            current.absconded(e.abscondedAt().atZone(ZoneId.systemDefault()).toInstant(), e.informedPolice(), e.informedCwc(), informed);
        }
        flushChecked();
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
                "Exit: " + e.reason() + (destination == null ? "" : " to " + destination), before, snapshot(current));
        events.publishEvent(new ResidentExited(e.residentId(), current.getHomeId(), e.reason(), e.date(), destination));
        return PlacementRecord.of(current, true);
    }

    /** The care manager closes an absconding emergency (she was traced, or the case is now with the police). */
    @PreAuthorize("hasAnyRole('CARE_MANAGER','SYSTEM')")
    @Transactional
    public void closeEmergency(long placementId, long expectedVersion, LocalDate on) {
        Placement p = placements.findById(placementId).orElseThrow();
        currentUser.requireHome(p.getHomeId());
        if (p.getVersion() != expectedVersion) throw new ConcurrentEditException("Placement", null);
        List<FieldError> errors = new ArrayList<>();
        pastDate(errors, "date", on, LocalDate.now(clock));
        notBefore(errors, "date", on, p.getEndDate(), "placements.validation.exitBeforeStay");
        throwIfAny(errors);
        p.setEmergencyClosedOn(on);
        flushChecked();
        audit.recordChange("UPDATE", "Placement", p.getId(), p.getHomeId(), "Absconding emergency closed",
                Map.of("emergencyClosedOn", ""), Map.of("emergencyClosedOn", on));
    }

    /** A resident leaves for a while (hospital, court, home visit); her bed stays hers. */
    @PreAuthorize(PLACE)
    @Transactional
    public void startAbsence(long residentId, AbsenceKind kind, LocalDate leftOn, LocalDate expectedReturn, String note) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) errors.add(new FieldError("kind", "validation.required"));
        pastDate(errors, "leftOn", leftOn, today);
        if (expectedReturn == null) errors.add(new FieldError("expectedReturn", "validation.required"));
        else if (leftOn != null && expectedReturn.isBefore(leftOn)) errors.add(new FieldError("expectedReturn", "placements.validation.returnBeforeLeaving"));
        else if (expectedReturn.isAfter(today.plusYears(1))) {
            // time away (hospital, court, a home visit) keeps her bed; a year from today is the most anyone plans for
            errors.add(new FieldError("expectedReturn", "validation.dateRange", leftOn == null ? today : leftOn, today.plusYears(1)));
        }
        maxLength(errors, "note", clean(note), 300);
        throwIfAny(errors);
        Placement current = placements.findOpen(residentId)
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        notBefore(errors, "leftOn", leftOn, current.getStartDate(), "placements.validation.beforeCurrentStay");
        if (absences.findOpen(current.getId()).isPresent()) errors.add(new FieldError("kind", "placements.validation.alreadyAway"));
        throwIfAny(errors);
        Absence a = absences.saveAndFlush(new Absence(current.getId(), residentId, current.getHomeId(), kind, leftOn,
                expectedReturn, clean(note)));
        audit.recordChange("CREATE", "Absence", a.getId(), a.getHomeId(), "Away: " + kind + " until " + expectedReturn, null,
                Map.of("kind", kind, "leftOn", leftOn, "expectedReturn", expectedReturn));
    }

    @PreAuthorize(PLACE)
    @Transactional
    public void recordReturn(long absenceId, long expectedVersion, LocalDate returnedOn) {
        Absence a = absences.findById(absenceId).orElseThrow();
        currentUser.requireHome(a.getHomeId());
        if (a.getVersion() != expectedVersion) throw new ConcurrentEditException("Absence", null);
        List<FieldError> errors = new ArrayList<>();
        pastDate(errors, "returnedOn", returnedOn, LocalDate.now(clock));
        notBefore(errors, "returnedOn", returnedOn, a.getLeftOn(), "placements.validation.returnBeforeLeaving");
        throwIfAny(errors);
        a.setReturnedOn(returnedOn);
        try {
            absences.flush();
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new ConcurrentEditException("Absence", ex);
        }
        audit.recordChange("UPDATE", "Absence", a.getId(), a.getHomeId(), "Returned on " + returnedOn,
                Map.of("returnedOn", ""), Map.of("returnedOn", returnedOn));
    }

    /** The resident's placement history, oldest first; stays in homes the caller does not work in carry no details. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<PlacementRecord> history(long residentId) {
        ResidentSummary r = resident(residentId);
        audit.recordAccess("PlacementHistory", residentId, r.homeId(), "profile");
        return placements.findByResidentIdOrderByStartDateAscIdAsc(residentId).stream()
                .map(p -> PlacementRecord.of(p, currentUser.mayAccessHome(p.getHomeId()))).toList();
    }

    /** The resident's current placement, if she has a bed (or a cot) now. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public java.util.Optional<PlacementRecord> current(long residentId) {
        resident(residentId);
        return placements.findOpen(residentId).map(p -> PlacementRecord.of(p, true));
    }

    ResidentSummary resident(long residentId) {
        return directory.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident " + residentId));
    }

    private BedLocks.LockedBed lockFreeBed(long bedId, Long requiredHome) {
        BedLocks.LockedBed bed = beds.lock(bedId).orElseThrow(() -> new ValidationException("bed", "validation.required"));
        currentUser.requireHome(bed.homeId());
        if (requiredHome != null && bed.homeId() != requiredHome) throw new ValidationException("bed", "placements.validation.bedOtherHome");
        if (!"AVAILABLE".equals(bed.status())) throw new ValidationException("bed", "placements.validation.bedOutOfService");
        if (beds.isOccupied(bedId)) throw new ValidationException("bed", "placements.validation.bedTaken");
        return bed;
    }

    private Placement childPlacement(ResidentSummary child, Placement mother, StayLimits limit, LocalDate start,
                                     LocalDate homeSince, EntryKind kind, Long previousId) {
        Placement p = new Placement(child.id(), mother.getHomeId(), mother.getHomeType(), null, start, homeSince,
                start, PlacementRules.childExpectedEnd(child, limit, mother.getExpectedEnd()), kind, previousId,
                clock.instant(), username());
        p.setMotherPlacementId(mother.getId());
        p.basis(mother.getOrderNumber(), mother.getOrderDate(), "Accompanying her mother");
        return placements.saveAndFlush(p);
    }

    private void flushChecked() {
        try {
            placements.flush();
        } catch (ObjectOptimisticLockingFailureException ex) {
            throw new ConcurrentEditException("Placement", ex);
        }
    }

    private static void pastDate(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date == null) errors.add(new FieldError(field, "validation.required"));
        else if (date.isAfter(today)) errors.add(new FieldError(field, "placements.validation.future"));
    }

    /**
     * The order (magistrate, CWC) a placement rests on: not dated in the future, nor more than {@link #ORDER_YEARS}
     * years back (year 0 typed by mistake), the age limit of residents.
     */
    private static void orderDate(List<FieldError> errors, LocalDate date, LocalDate today) {
        if (date == null) return;
        if (date.isAfter(today)) errors.add(new FieldError("orderDate", "placements.validation.future"));
        else if (date.isBefore(today.minusYears(ORDER_YEARS))) {
            errors.add(new FieldError("orderDate", "validation.dateRange", today.minusYears(ORDER_YEARS), today));
        }
    }

    static final int ORDER_YEARS = 100;

    private static void notBefore(List<FieldError> errors, String field, LocalDate date, LocalDate earliest, String key) {
        if (date != null && earliest != null && date.isBefore(earliest)) errors.add(new FieldError(field, key, earliest));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    private boolean isSystem() {
        return currentUser.has(Role.ADMIN) && currentUser.get().isEmpty();
    }

    private static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    private static Map<String, Object> snapshot(Placement p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("residentId", p.getResidentId());
        m.put("homeId", p.getHomeId());
        m.put("bedId", String.valueOf(p.getBedId()));
        m.put("startDate", p.getStartDate());
        m.put("endDate", String.valueOf(p.getEndDate()));
        m.put("expectedEnd", p.getExpectedEnd());
        m.put("orderNumber", String.valueOf(p.getOrderNumber()));
        m.put("endKind", String.valueOf(p.getEndKind()));
        m.put("exitReason", String.valueOf(p.getExitReason()));
        return m;
    }
}
