package org.aashray.placements;

import java.util.List;
import java.util.Optional;
import org.aashray.audit.AuditLog;
import org.aashray.placements.admissions.AdmissionService;
import org.aashray.placements.exits.ExitService;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.placements.transfers.TransferService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features ask of placements: a resident's stays, admitting her to a bed, recording her exit, and
 * transfers between homes as requests the receiving home accepts. The work is done in {@code admissions},
 * {@code exits} and {@code transfers}; moves, absences and the board live there too.
 */
@Service
public class PlacementService {

    private final AdmissionService admissions;
    private final ExitService exits;
    private final TransferService transfers;
    private final PlacementRepository placements;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PlacementService(AdmissionService admissions, ExitService exits, TransferService transfers, PlacementRepository placements,
                     ResidentDirectory directory, CurrentUser currentUser, AuditLog audit) {
        this.admissions = admissions;
        this.exits = exits;
        this.transfers = transfers;
        this.placements = placements;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Gives a resident of the bed's home a free bed, under an order or a documented reason. */
    @PreAuthorize(PlacementRoles.PLACE)
    public PlacementRecord admit(Admission admission) {
        return admissions.admit(admission);
    }

    /** Records that a resident leaves care. Frees the bed, ends her children's stays too, and publishes {@link ResidentExited}. */
    @PreAuthorize(PlacementRoles.PLACE)
    public PlacementRecord exit(ExitRequest exit) {
        return exits.exit(exit);
    }

    /** The resident's placement history, oldest first; stays in homes the caller does not work in carry no details. */
    @PreAuthorize(PlacementRoles.STAFF)
    @Transactional(readOnly = true)
    public List<PlacementRecord> history(long residentId) {
        ResidentSummary r = directory.require(residentId);
        audit.recordAccess("PlacementHistory", residentId, r.homeId(), "profile");
        return placements.findByResidentIdOrderByStartDateAscIdAsc(residentId).stream()
                .map(p -> p.toRecord(currentUser.mayAccessHome(p.getHomeId()))).toList();
    }

    /** The resident's current placement, if she has a bed (or a cot) now. */
    @PreAuthorize(PlacementRoles.STAFF)
    @Transactional(readOnly = true)
    public Optional<PlacementRecord> current(long residentId) {
        directory.require(residentId);
        return placements.findOpen(residentId).map(p -> p.toRecord(true));
    }

    /** The sending home's care manager asks another home of the state to take her in; she keeps her bed meanwhile. */
    @PreAuthorize(PlacementRoles.REQUEST_TRANSFER)
    public TransferRecord requestTransfer(TransferRequest request) {
        return transfers.request(request);
    }

    /** The sending home's care manager withdraws a pending request; nothing else changes. */
    @PreAuthorize(PlacementRoles.REQUEST_TRANSFER)
    public TransferRecord withdrawTransfer(long transferId, long expectedVersion) {
        return transfers.withdraw(transferId, expectedVersion);
    }

    /** The receiving home takes her in, in a free bed of its own; publishes {@link ResidentTransferred}. */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    public TransferRecord acceptTransfer(long transferId, long expectedVersion, long bedId) {
        return transfers.accept(transferId, expectedVersion, bedId);
    }

    /** The receiving home declines, with a reason; she stays where she is. */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    public TransferRecord declineTransfer(long transferId, long expectedVersion, String reason) {
        return transfers.decline(transferId, expectedVersion, reason);
    }

    /** Requests waiting for the home's answer. */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    public List<TransferRecord> incomingTransfers(long homeId) {
        return transfers.incoming(homeId);
    }

    /** Requests the home made, and for residents who have gone only where and when. */
    @PreAuthorize(PlacementRoles.ANSWER_TRANSFER)
    public List<TransferRecord> outgoingTransfers(long homeId) {
        return transfers.outgoing(homeId);
    }
}
