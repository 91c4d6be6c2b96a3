package org.aashray.reintegration.verification;

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
 * A visit to a proposed destination before a survivor goes there: requested by the care manager, assigned to
 * a member of staff or a partner organisation, recorded by whoever visited. A resident often has several.
 */
@Entity
@Table(name = "reint_verifications")
public class HomeVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    @Enumerated(EnumType.STRING)
    private DestinationKind destinationKind;
    private String destination;
    private String contactPerson;
    private String assignedUsername;
    private String assignedPartner;
    private LocalDate requestedOn;
    private String requestedBy;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private VerificationStatus status = VerificationStatus.PENDING;
    private LocalDate visitDate;
    private String peopleMet;
    private String familyComposition;
    private String economicSituation;
    private Boolean involvedInTrafficking;
    private String involvementDetails;
    private String debts;
    private String communityAttitude;
    private String schoolingOrWork;
    private String risks;
    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;
    private String reasons;
    private String recordedBy;
    private String cancelReason;
    @Version
    private long version;

    protected HomeVerification() {
    }

    HomeVerification(long residentId, long homeId, DestinationKind kind, String destination, String contactPerson,
                     String assignedUsername, String assignedPartner, LocalDate requestedOn, String requestedBy, LocalDate dueOn) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.destinationKind = kind;
        this.destination = destination;
        this.contactPerson = contactPerson;
        this.assignedUsername = assignedUsername;
        this.assignedPartner = assignedPartner;
        this.requestedOn = requestedOn;
        this.requestedBy = requestedBy;
        this.dueOn = dueOn;
    }

    void record(VerificationVisit v, String by) {
        visitDate = v.visitDate();
        peopleMet = v.peopleMet();
        familyComposition = v.familyComposition();
        economicSituation = v.economicSituation();
        involvedInTrafficking = v.involvedInTrafficking();
        involvementDetails = v.involvementDetails();
        debts = v.debts();
        communityAttitude = v.communityAttitude();
        schoolingOrWork = v.schoolingOrWork();
        risks = v.risks();
        recommendation = v.recommendation();
        reasons = v.reasons();
        recordedBy = by;
        status = VerificationStatus.DONE;
    }

    /** She was transferred: the receiving home carries this on (or keeps it as her history). */
    void moveTo(long homeId) {
        this.homeId = homeId;
    }

    void cancel(String reason) {
        status = VerificationStatus.CANCELLED;
        cancelReason = reason;
    }

    /** Positive and visited within {@code validDays} before {@code on}. */
    public boolean supportsReturnOn(LocalDate on, int validDays) {
        return status == VerificationStatus.DONE && recommendation != null && recommendation.positive()
                && visitDate != null && !visitDate.isAfter(on) && !visitDate.isBefore(on.minusDays(validDays));
    }

    public boolean overdue(LocalDate today) {
        return status == VerificationStatus.PENDING && dueOn.isBefore(today);
    }

    public String assignee() {
        return assignedUsername != null ? assignedUsername : assignedPartner;
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    public long getHomeId() { return homeId; }
    public DestinationKind getDestinationKind() { return destinationKind; }
    public String getDestination() { return destination; }
    public String getContactPerson() { return contactPerson; }
    public String getAssignedUsername() { return assignedUsername; }
    public String getAssignedPartner() { return assignedPartner; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDate getDueOn() { return dueOn; }
    public VerificationStatus getStatus() { return status; }
    public LocalDate getVisitDate() { return visitDate; }
    public String getPeopleMet() { return peopleMet; }
    public String getFamilyComposition() { return familyComposition; }
    public String getEconomicSituation() { return economicSituation; }
    public Boolean getInvolvedInTrafficking() { return involvedInTrafficking; }
    public String getInvolvementDetails() { return involvementDetails; }
    public String getDebts() { return debts; }
    public String getCommunityAttitude() { return communityAttitude; }
    public String getSchoolingOrWork() { return schoolingOrWork; }
    public String getRisks() { return risks; }
    public Recommendation getRecommendation() { return recommendation; }
    public String getReasons() { return reasons; }
    public String getRecordedBy() { return recordedBy; }
    public String getCancelReason() { return cancelReason; }
    public long getVersion() { return version; }
}
