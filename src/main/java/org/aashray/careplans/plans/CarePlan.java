package org.aashray.careplans.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One resident's care plan: opened at admission, agreed once, then reviewed. */
@Entity
@Table(name = "care_plans")
public class CarePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long homeId;
    private long residentId;
    private String residentName;
    private String caseNumber;
    private LocalDate admittedOn;
    private LocalDate dueOn;
    private LocalDate agreedOn;
    private LocalDate nextReviewOn;
    /** The day she left care: the plan is kept as it was, and nothing in it falls due any more. */
    private LocalDate closedOn;
    @Version
    private long version;

    protected CarePlan() {
    }

    CarePlan(long homeId, long residentId, String residentName, String caseNumber, LocalDate admittedOn, LocalDate dueOn) {
        this.homeId = homeId;
        this.residentId = residentId;
        this.residentName = residentName;
        this.caseNumber = caseNumber;
        this.admittedOn = admittedOn;
        this.dueOn = dueOn;
    }

    /** She was transferred: the receiving home carries her plan on, with its goals, reviews and dates. */
    void moveTo(long homeId) {
        this.homeId = homeId;
    }

    /** She left care: no review and no agreement falls due any more; goals and reviews stay as they were. */
    void close(LocalDate on) {
        this.closedOn = on;
    }

    public LocalDate getClosedOn() { return closedOn; }
    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    public long getResidentId() { return residentId; }
    public String getResidentName() { return residentName; }
    public String getCaseNumber() { return caseNumber; }
    public LocalDate getAdmittedOn() { return admittedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public LocalDate getNextReviewOn() { return nextReviewOn; }
    public void setNextReviewOn(LocalDate nextReviewOn) { this.nextReviewOn = nextReviewOn; }
    public long getVersion() { return version; }
}
