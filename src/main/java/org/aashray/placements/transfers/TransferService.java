package org.aashray.placements.transfers;

import static org.aashray.placements.internal.PlacementChecks.clean;
import static org.aashray.placements.internal.PlacementChecks.orderDate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.TransferRequest;
import org.aashray.placements.TransferStatus;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
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
import org.aashray.security.SystemAuthentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transfers between homes as requests the receiving home accepts. The sending home's care manager asks any home of
 * the state; the resident keeps her bed meanwhile. The receiving home's care manager or reception accepts by
 * choosing a free bed (then, in one transaction, she moves as {@link MoveService} moves her, and
 * {@code ResidentTransferred} is published once) or declines with a reason; the sender may withdraw. A declined or
 * withdrawn request changes nothing else. Two people deciding at once: the first wins, the other is told the request
 * was changed by someone else.
 */
@Service
public class TransferService {

    /** How long the sending home's list keeps answered requests. */
    static final int SENT_DAYS = 180;

    private final HomeTransferRepository transfers;
    private final PlacementRepository placements;
    private final MoveService moves;
    private final StayLimitService limits;
    private final BedLocks beds;
    private final HomeService homes;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate inTransaction;

    TransferService(HomeTransferRepository transfers, PlacementRepository placements, MoveService moves, StayLimitService limits,
                    BedLocks beds, HomeService homes, ResidentDirectory directory, CurrentUser currentUser, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.transfers = transfers;
        this.placements = placements;
        this.moves = moves;
        this.limits = limits;
        this.beds = beds;
        this.homes = homes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.inTransaction = new TransactionTemplate(transactionManager);
    }

    /** The sending home's care manager asks another home of the state to take the resident in. */
    @PreAuthorize(PlacementRoles.REQUEST_TRANSFER)
    @Transactional
    public TransferRecord request(TransferRequest request) {
        LocalDate today = LocalDate.now(clock);
        ResidentSummary r = directory.require(request.residentId());
        Placement current = placements.findOpen(r.id())
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        if (current.getMotherPlacementId() != null) throw new ValidationException("resident", "placements.validation.childGoesWithMother");
        InputChecks checks = new InputChecks();
        String reason = clean(request.reason());
        String orderNumber = clean(request.orderNumber());
        checks.required("reason", reason).maxLength("reason", reason, 500).maxLength("orderNumber", orderNumber, 60);
        orderDate(checks, request.orderDate(), today);
        Optional<HomeSummary> target = homes.homesOfState(current.getHomeId()).stream()
                .filter(h -> h.id() == request.toHomeId()).findFirst();
        if (target.isEmpty()) {
            checks.add("toHome", "validation.required");
        } else if (target.get().id() == current.getHomeId()) {
            checks.add("toHome", "placements.transfer.validation.sameHome");
        } else {
            // what the receiving home would be refused at acceptance is said now, to the one who can change it
            PlacementChecks.mayTakeBed(checks, target.get(), r, today);
            StayLimits limit = limits.of(target.get().type());
            for (Placement child : placements.openChildrenOf(current.getId())) {
                directory.find(child.getResidentId()).ifPresent(c -> PlacementChecks.mayAccompany(checks, target.get(), c, limit, today));
            }
        }
        checks.throwIfAny();
        if (transfers.findByResidentIdAndStatus(r.id(), TransferStatus.PENDING).isPresent()) {
            throw new ValidationException("resident", "placements.transfer.validation.alreadyRequested");
        }
        HomeTransfer t = new HomeTransfer(r.id(), r.caseNumber(), current.getHomeId(), target.get().id(), reason, orderNumber,
                request.orderDate(), today, clock.instant(), currentUser.username());
        try {
            transfers.saveAndFlush(t);
        } catch (DataIntegrityViolationException e) {
            // someone asked for her at the same moment: one open request per resident (uq_placement_transfers_pending)
            throw new ValidationException("resident", "placements.transfer.validation.alreadyRequested");
        }
        audit.recordChange("REQUEST", "TransferRequest", t.getId(), current.getHomeId(),
                r.caseNumber() + " transfer to home " + t.getToHomeId() + " requested", null, t.snapshot());
        events.publishEvent(new TransferRequestChanged(t.getId()));
        return record(t, r, names(current.getHomeId()));
    }

    /** The sending home's care manager takes the request back; nothing else changes. */
    @PreAuthorize(PlacementRoles.REQUEST_TRANSFER)
    @Transactional
    public TransferRecord withdraw(long transferId, long expectedVersion) {
        HomeTransfer t = load(transferId);
        currentUser.requireHome(t.getFromHomeId());
        Map<String, Object> before = t.snapshot();
        t.requirePendingAsSeen(expectedVersion);
        t.withdraw(clock.instant(), currentUser.username());
        OptimisticLock.write("Transfer request", transfers::flush);
        audit.recordChange("WITHDRAW", "TransferRequest", t.getId(), t.getFromHomeId(),
                t.getCaseNumber() + " transfer request withdrawn", before, t.snapshot());
        events.publishEvent(new TransferRequestChanged(t.getId()));
        return record(t, null, names(t.getFromHomeId()));
    }

    /** The receiving home says no, and why; she stays where she is. */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    @Transactional
    public TransferRecord decline(long transferId, long expectedVersion, String reason) {
        HomeTransfer t = load(transferId);
        currentUser.requireHome(t.getToHomeId());
        String why = clean(reason);
        new InputChecks().required("declineReason", why).maxLength("declineReason", why, 500).throwIfAny();
        Map<String, Object> before = t.snapshot();
        t.requirePendingAsSeen(expectedVersion);
        t.decline(why, clock.instant(), currentUser.username());
        OptimisticLock.write("Transfer request", transfers::flush);
        audit.recordChange("DECLINE", "TransferRequest", t.getId(), t.getToHomeId(),
                t.getCaseNumber() + " transfer request declined", before, t.snapshot());
        events.publishEvent(new TransferRequestChanged(t.getId()));
        return record(t, null, names(t.getToHomeId()));
    }

    /**
     * The receiving home takes her in, today, in the free bed it chose: her stay in the sending home ends, her record
     * and her accompanying children follow her, and {@code ResidentTransferred} is published, all in one transaction.
     * The caller's home is checked first; then the transaction, up to and including its commit (where the listeners of
     * {@code ResidentTransferred} work), runs with the caller acting for the sending home too (see
     * {@link ActingForSendingHome}).
     */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    public TransferRecord accept(long transferId, long expectedVersion, long bedId) {
        HomeTransfer asked = load(transferId);
        currentUser.requireHome(asked.getToHomeId());
        return ActingForSendingHome.call(currentUser, asked.getFromHomeId(),
                () -> inTransaction.execute(status -> acceptAsked(transferId, expectedVersion, bedId)));
    }

    private TransferRecord acceptAsked(long transferId, long expectedVersion, long bedId) {
        LocalDate today = LocalDate.now(clock);
        HomeTransfer t = load(transferId);
        Map<String, Object> before = t.snapshot();
        t.requirePendingAsSeen(expectedVersion);
        t.accept(bedId, today, clock.instant(), currentUser.username());
        // written first: a second acceptance waits here for this one and then finds the request changed
        OptimisticLock.write("Transfer request", transfers::flush);
        beds.lockFree(bedId, t.getToHomeId());
        Placement current = placements.findOpen(t.getResidentId()).filter(p -> p.getHomeId() == t.getFromHomeId())
                .orElseThrow(() -> new ValidationException("transfer", "placements.transfer.validation.notInSendingHome"));
        PlacementRecord moved = moves.move(new Transfer(t.getResidentId(), current.getId(), current.getVersion(), bedId, today,
                t.getReason(), t.getOrderNumber(), t.getOrderDate()));
        audit.recordChange("ACCEPT", "TransferRequest", t.getId(), t.getToHomeId(),
                t.getCaseNumber() + " transfer accepted, placement " + moved.id(), before, t.snapshot());
        events.publishEvent(new TransferRequestChanged(t.getId()));
        return record(t, directory.require(t.getResidentId()), names(t.getToHomeId()));
    }

    /** Requests waiting for the home's answer, oldest first, with who she is (the home decides on her). */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    @Transactional(readOnly = true)
    public List<TransferRecord> incoming(long homeId) {
        currentUser.requireHome(homeId);
        Map<Long, HomeSummary> names = names(homeId);
        return transfers.pendingTo(homeId).stream().map(t -> {
            // she is not yet this home's resident: what it needs to decide on is read for it, and the read logged
            ResidentSummary r = SystemAuthentication.call(() -> directory.find(t.getResidentId())).orElse(null);
            audit.recordAccess("TransferRequest", t.getId(), homeId, "incoming transfer request");
            return record(t, r, names);
        }).toList();
    }

    /**
     * What the home asked of others: pending, declined and withdrawn requests for residents still here, and for those
     * who have gone only the case number and where she went on which day.
     */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    @Transactional(readOnly = true)
    public List<TransferRecord> outgoing(long homeId) {
        currentUser.requireHome(homeId);
        Map<Long, HomeSummary> names = names(homeId);
        return transfers.sentFrom(homeId, LocalDate.now(clock).minusDays(SENT_DAYS)).stream()
                .map(t -> record(t, directory.find(t.getResidentId()).orElse(null), names)).toList();
    }

    private HomeTransfer load(long transferId) {
        return transfers.findById(transferId).orElseThrow(() -> new AccessDeniedException("No transfer request " + transferId));
    }

    private Map<Long, HomeSummary> names(long homeId) {
        return homes.homesOfState(homeId).stream().collect(Collectors.toMap(HomeSummary::id, Function.identity()));
    }

    /** {@code r} is given only when the caller may see who she is. */
    private TransferRecord record(HomeTransfer t, ResidentSummary r, Map<Long, HomeSummary> homeNames) {
        LocalDate today = LocalDate.now(clock);
        return new TransferRecord(t.getId(), t.getResidentId(), t.getCaseNumber(), r == null ? null : r.name(),
                r == null ? null : r.age(today), r == null ? null : r.gender(), t.getFromHomeId(), nameOf(homeNames, t.getFromHomeId()),
                t.getToHomeId(), nameOf(homeNames, t.getToHomeId()), t.getReason(), t.getOrderNumber(), t.getOrderDate(),
                t.getStatus(), t.getRequestedOn(), t.getRequestedBy(), t.getDeclineReason(), t.getTransferredOn(), t.getVersion());
    }

    private static String nameOf(Map<Long, HomeSummary> homeNames, long id) {
        HomeSummary h = homeNames.get(id);
        return h == null ? String.valueOf(id) : h.name() + " (" + h.districtName() + ")";
    }
}
