package org.aashray.placements.transfers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.placements.TransferStatus;

/**
 * A request to transfer a resident from one home to another. Only a pending request changes: the receiving home
 * accepts (naming the bed) or declines (with a reason), or the sending home withdraws it. Homes, beds and the
 * resident are referenced by id only.
 */
@Entity
@Table(name = "placement_transfers")
class HomeTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "case_number", updatable = false)
    private String caseNumber;
    @Column(name = "from_home_id", updatable = false)
    private long fromHomeId;
    @Column(name = "to_home_id", updatable = false)
    private long toHomeId;
    @Column(updatable = false)
    private String reason;
    @Column(name = "order_number", updatable = false)
    private String orderNumber;
    @Column(name = "order_date", updatable = false)
    private LocalDate orderDate;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    @Column(name = "requested_on", updatable = false)
    private LocalDate requestedOn;
    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;
    @Column(name = "requested_by", updatable = false)
    private String requestedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "transferred_on")
    private LocalDate transferredOn;
    @Column(name = "to_bed_id")
    private Long toBedId;
    @Version
    private long version;

    protected HomeTransfer() {
    }

    HomeTransfer(long residentId, String caseNumber, long fromHomeId, long toHomeId, String reason, String orderNumber,
                 LocalDate orderDate, LocalDate requestedOn, Instant requestedAt, String requestedBy) {
        this.residentId = residentId;
        this.caseNumber = caseNumber;
        this.fromHomeId = fromHomeId;
        this.toHomeId = toHomeId;
        this.reason = reason;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.status = TransferStatus.PENDING;
        this.requestedOn = requestedOn;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    /**
     * Refuses a decision made on a screen that showed an older state of the request. A request someone else has
     * decided meanwhile counts as changed by someone else, whichever screen she decided on.
     */
    void requirePendingAsSeen(long expectedVersion) {
        OptimisticLock.requireVersion("Transfer request", version, expectedVersion);
        if (status != TransferStatus.PENDING) throw new ValidationException("transfer", "placements.transfer.validation.notPending");
    }

    void accept(long bedId, LocalDate on, Instant at, String by) {
        decide(TransferStatus.ACCEPTED, at, by);
        this.toBedId = bedId;
        this.transferredOn = on;
    }

    void decline(String why, Instant at, String by) {
        decide(TransferStatus.DECLINED, at, by);
        this.declineReason = why;
    }

    void withdraw(Instant at, String by) {
        decide(TransferStatus.WITHDRAWN, at, by);
    }

    private void decide(TransferStatus outcome, Instant at, String by) {
        this.status = outcome;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    String getCaseNumber() { return caseNumber; }
    long getFromHomeId() { return fromHomeId; }
    long getToHomeId() { return toHomeId; }
    String getReason() { return reason; }
    String getOrderNumber() { return orderNumber; }
    LocalDate getOrderDate() { return orderDate; }
    TransferStatus getStatus() { return status; }
    LocalDate getRequestedOn() { return requestedOn; }
    String getRequestedBy() { return requestedBy; }
    String getDeclineReason() { return declineReason; }
    LocalDate getTransferredOn() { return transferredOn; }
    Long getToBedId() { return toBedId; }
    long getVersion() { return version; }

    /** What the audit trail keeps of the request before and after a change. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("residentId", residentId);
        m.put("fromHomeId", fromHomeId);
        m.put("toHomeId", toHomeId);
        m.put("status", status);
        m.put("toBedId", String.valueOf(toBedId));
        m.put("declineReason", String.valueOf(declineReason));
        return m;
    }
}
