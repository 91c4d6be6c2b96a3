package org.aashray.placements.admissions;

import static org.aashray.placements.internal.PlacementChecks.clean;
import static org.aashray.placements.internal.PlacementChecks.notBefore;
import static org.aashray.placements.internal.PlacementChecks.orderDate;
import static org.aashray.placements.internal.PlacementChecks.pastDate;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.Admission;
import org.aashray.placements.EntryKind;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.internal.BedLocks;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementChecks;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.placements.staylimits.StayLimitService;
import org.aashray.placements.staylimits.StayLimits;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admission to a bed, and an accompanying child joining her mother. Each admission is one transaction with its
 * audit entry; the bed is locked and its occupancy row is unique, so a bed never holds two residents.
 */
@Service
public class AdmissionService {

    private final PlacementRepository placements;
    private final StayLimitService limits;
    private final BedLocks beds;
    private final ChildPlacements children;
    private final HomeService homes;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AdmissionService(PlacementRepository placements, StayLimitService limits, BedLocks beds, ChildPlacements children,
                     HomeService homes, ResidentDirectory directory, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.placements = placements;
        this.limits = limits;
        this.beds = beds;
        this.children = children;
        this.homes = homes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Gives a resident of the bed's home a free bed, under an order or a documented reason. */
    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public PlacementRecord admit(Admission a) {
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks();
        String orderNumber = clean(a.orderNumber());
        String reason = clean(a.basisReason());
        pastDate(checks, "startDate", a.startDate(), today);
        checks.require(orderNumber != null || reason != null, "orderNumber", "placements.validation.orderOrReason");
        checks.require(orderNumber == null || a.orderDate() != null, "orderDate", "validation.required");
        orderDate(checks, a.orderDate(), today);
        checks.maxLength("orderNumber", orderNumber, 60).maxLength("basisReason", reason, 500).throwIfAny();
        ResidentSummary r = directory.require(a.residentId());
        BedLocks.LockedBed bed = beds.lockFree(a.bedId(), r.homeId());
        checks.require(r.status() == ResidentStatus.IN_RESIDENCE, "resident", "placements.validation.notInResidence");
        checks.require(placements.findOpen(r.id()).isEmpty(), "resident", "placements.validation.alreadyPlaced");
        notBefore(checks, "startDate", a.startDate(), r.admittedOn(), "placements.validation.beforeIntake");
        notBefore(checks, "startDate", a.startDate(), placements.lastEndOfResident(r.id()), "placements.validation.overlapsStay");
        notBefore(checks, "startDate", a.startDate(), placements.lastEndOfBed(bed.bedId()), "placements.validation.bedUsedThen");
        HomeSummary home = homes.summary(bed.homeId());
        PlacementChecks.mayTakeBed(checks, home, r, a.startDate());
        checks.throwIfAny();
        StayLimits limit = limits.of(home.type());
        Placement p = new Placement(r.id(), home.id(), home.type(), bed.bedId(), a.startDate(), a.startDate(),
                a.startDate(), PlacementChecks.expectedEnd(r, limit, a.startDate()), EntryKind.ADMISSION, null,
                clock.instant(), currentUser.username());
        p.basis(orderNumber, a.orderDate(), reason);
        placements.saveAndFlush(p);
        beds.occupy(bed.bedId(), p.getId(), r.id(), home.id());
        audit.recordChange("CREATE", "Placement", p.getId(), home.id(), r.caseNumber() + " admitted to bed " + bed.bedId(),
                null, p.snapshot());
        return p.toRecord(true);
    }

    /** An accompanying child joins her mother's placement, on a cot in her mother's room. */
    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public PlacementRecord placeWithMother(long childId, LocalDate startDate) {
        InputChecks checks = new InputChecks();
        pastDate(checks, "startDate", startDate, LocalDate.now(clock));
        checks.throwIfAny();
        ResidentSummary child = directory.require(childId);
        if (child.motherId() == null) throw new ValidationException("resident", "placements.validation.noMother");
        Placement mother = placements.findOpen(child.motherId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.motherNotPlaced"));
        currentUser.requireHome(mother.getHomeId());
        checks.require(placements.findOpen(childId).isEmpty(), "resident", "placements.validation.alreadyPlaced");
        notBefore(checks, "startDate", startDate, mother.getStartDate(), "placements.validation.beforeMother");
        notBefore(checks, "startDate", startDate, placements.lastEndOfResident(childId), "placements.validation.overlapsStay");
        HomeSummary home = homes.summary(mother.getHomeId());
        StayLimits limit = limits.of(home.type());
        PlacementChecks.mayAccompany(checks, home, child, limit, startDate);
        checks.throwIfAny();
        Placement p = children.placeWith(mother, child, limit, startDate, startDate, EntryKind.ADMISSION, null);
        audit.recordChange("CREATE", "Placement", p.getId(), home.id(), child.caseNumber() + " placed with her mother", null,
                p.snapshot());
        return p.toRecord(true);
    }
}
