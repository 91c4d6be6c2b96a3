package org.aashray.residents.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Reception's question to an earlier home's care manager: is the woman who has just arrived (resident) the one who
 * stayed with you (earlier stay)? Confirmed, it links the two stays and both homes review her safety.
 */
@Entity
@Table(name = "resident_return_requests")
public class ReturnRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "earlier_stay_id", updatable = false)
    private long earlierStayId;
    @Enumerated(EnumType.STRING)
    private ReturnStatus status = ReturnStatus.PENDING;
    @Column(name = "asked_on", updatable = false)
    private LocalDate askedOn;
    @Column(name = "asked_by", updatable = false)
    private String askedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "reviewed_by_new_home")
    private LocalDate reviewedByNewHome;
    @Column(name = "reviewed_by_earlier_home")
    private LocalDate reviewedByEarlierHome;
    @Version
    private long version;

    protected ReturnRequest() {
    }

    ReturnRequest(long residentId, long earlierStayId, LocalDate askedOn, String askedBy) {
        this.residentId = residentId;
        this.earlierStayId = earlierStayId;
        this.askedOn = askedOn;
        this.askedBy = askedBy;
    }

    void decide(ReturnStatus decision, LocalDate on, String by, String reason) {
        this.status = decision;
        this.decidedOn = on;
        this.decidedBy = by;
        this.declineReason = reason;
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    public long getEarlierStayId() { return earlierStayId; }
    public ReturnStatus getStatus() { return status; }
    public LocalDate getAskedOn() { return askedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDeclineReason() { return declineReason; }
    public LocalDate getReviewedByNewHome() { return reviewedByNewHome; }
    void setReviewedByNewHome(LocalDate on) { this.reviewedByNewHome = on; }
    public LocalDate getReviewedByEarlierHome() { return reviewedByEarlierHome; }
    void setReviewedByEarlierHome(LocalDate on) { this.reviewedByEarlierHome = on; }
    public long getVersion() { return version; }
}
