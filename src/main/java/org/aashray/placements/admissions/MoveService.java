package org.aashray.placements.admissions;

import static org.aashray.placements.internal.PlacementChecks.clean;
import static org.aashray.placements.internal.PlacementChecks.notBefore;
import static org.aashray.placements.internal.PlacementChecks.orderDate;
import static org.aashray.placements.internal.PlacementChecks.pastDate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.EndKind;
import org.aashray.placements.EntryKind;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.ResidentTransferred;
import org.aashray.placements.internal.BedLocks;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementChecks;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.placements.staylimits.StayLimitService;
import org.aashray.placements.staylimits.StayLimits;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A move to another bed of the same home, or a transfer to another home: the stay ends and a new one begins on
 * the same day, so her history stays one unbroken line; her accompanying children move with her.
 */
@Service
public class MoveService {

    private final PlacementRepository placements;
    private final StayLimitService limits;
    private final BedLocks beds;
    private final ChildPlacements children;
    private final HomeService homes;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MoveService(PlacementRepository placements, StayLimitService limits, BedLocks beds, ChildPlacements children,
                HomeService homes, ResidentDirectory directory, CurrentUser currentUser, AuditLog audit,
                ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.limits = limits;
        this.beds = beds;
        this.children = children;
        this.homes = homes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Moves a resident to another bed of the same home, or transfers her to another home (reason required). */
    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public PlacementRecord move(Transfer t) {
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks();
        pastDate(checks, "date", t.date(), today);
        String reason = clean(t.reason());
        String orderNumber = clean(t.orderNumber());
        checks.maxLength("reason", reason, 500).maxLength("orderNumber", orderNumber, 60);
        orderDate(checks, t.orderDate(), today);
        checks.throwIfAny();
        Placement current = placements.findOpen(t.residentId())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        current.requireSeenAs(t.placementId(), t.expectedVersion());
        if (current.getMotherPlacementId() != null) throw new ValidationException("resident", "placements.validation.childGoesWithMother");
        ResidentSummary r = directory.require(t.residentId());
        BedLocks.LockedBed bed = beds.lockFree(t.toBedId(), null);
        boolean otherHome = bed.homeId() != current.getHomeId();
        notBefore(checks, "date", t.date(), current.getStartDate(), "placements.validation.beforeCurrentStay");
        notBefore(checks, "date", t.date(), placements.lastEndOfBed(bed.bedId()), "placements.validation.bedUsedThen");
        HomeSummary target = homes.summary(bed.homeId());
        List<Placement> kids = placements.openChildrenOf(current.getId());
        StayLimits limit = limits.of(target.type());
        if (otherHome) {
            checks.require(reason != null, "reason", "placements.validation.reasonRequired");
            PlacementChecks.mayTakeBed(checks, target, r, t.date());
            for (Placement c : kids) {
                PlacementChecks.mayAccompany(checks, target, directory.find(c.getResidentId()).orElseThrow(), limit, t.date());
            }
        }
        checks.throwIfAny();
        current.end(t.date(), otherHome ? EndKind.TRANSFER : EndKind.BED_MOVE, reason);
        OptimisticLock.write("Placement", placements::flush);
        beds.free(current.getBedId());
        LocalDate homeSince = otherHome ? t.date() : current.getHomeSince();
        LocalDate expectedEnd = otherHome ? PlacementChecks.expectedEnd(r, limit, t.date()) : current.getExpectedEnd();
        Placement next = new Placement(r.id(), target.id(), target.type(), bed.bedId(), t.date(), homeSince,
                current.getAdmittedOn(), expectedEnd, otherHome ? EntryKind.TRANSFER : EntryKind.BED_MOVE, current.getId(),
                clock.instant(), currentUser.username());
        next.basis(otherHome ? orderNumber : current.getOrderNumber(), otherHome ? t.orderDate() : current.getOrderDate(),
                otherHome ? reason : current.getBasisReason());
        placements.saveAndFlush(next);
        beds.occupy(bed.bedId(), next.getId(), r.id(), target.id());
        moveChildren(kids, next, limit, t.date(), reason, otherHome);
        if (otherHome) {
            directory.moveToHome(r.id(), target.id());
        }
        audit.recordChange(otherHome ? "TRANSFER" : "MOVE", "Placement", next.getId(), target.id(),
                r.caseNumber() + (otherHome ? " transferred from home " + current.getHomeId() : " moved to bed " + bed.bedId()),
                current.snapshot(), next.snapshot());
        if (otherHome) {
            events.publishEvent(new ResidentTransferred(r.id(), current.getHomeId(), target.id(), t.date(), reason));
        }
        return next.toRecord(true);
    }

    /** Her children's cots go where she goes: to her new room, or with her to the other home. */
    private void moveChildren(List<Placement> kids, Placement mother, StayLimits limit, LocalDate on, String reason,
                              boolean otherHome) {
        for (Placement c : kids) {
            c.end(on, otherHome ? EndKind.TRANSFER : EndKind.BED_MOVE, reason);
            ResidentSummary child = directory.find(c.getResidentId()).orElseThrow();
            children.placeWith(mother, child, limit, on, otherHome ? on : c.getHomeSince(),
                    otherHome ? EntryKind.TRANSFER : EntryKind.BED_MOVE, c.getId());
            if (otherHome) directory.moveToHome(child.id(), mother.getHomeId());
        }
    }
}
