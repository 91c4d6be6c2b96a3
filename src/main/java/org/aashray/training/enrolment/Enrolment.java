package org.aashray.training.enrolment;

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

/** A resident's place (or place on the waitlist) in a batch, her assessment and her certificate. */
@Entity
@Table(name = "training_enrolments")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", updatable = false)
    private long batchId;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;
    @Enumerated(EnumType.STRING)
    private LiteracyLevel literacy;
    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;
    @Column(name = "dropout_reason")
    private String dropoutReason;
    @Column(name = "dropped_on")
    private LocalDate droppedOn;
    @Column(name = "assessment_score")
    private Integer assessmentScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_result")
    private AssessmentResult assessmentResult;
    @Column(name = "assessed_on")
    private LocalDate assessedOn;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(long batchId, long residentId, long homeId, EnrolmentStatus status, LiteracyLevel literacy, LocalDate enrolledOn) {
        this.batchId = batchId;
        this.residentId = residentId;
        this.homeId = homeId;
        this.status = status;
        this.literacy = literacy;
        this.enrolledOn = enrolledOn;
    }

    public Long getId() { return id; }
    public long getBatchId() { return batchId; }
    public long getResidentId() { return residentId; }
    public long getHomeId() { return homeId; }
    public EnrolmentStatus getStatus() { return status; }
    void setStatus(EnrolmentStatus status) { this.status = status; }
    LiteracyLevel getLiteracy() { return literacy; }
    LocalDate getEnrolledOn() { return enrolledOn; }
    String getDropoutReason() { return dropoutReason; }
    LocalDate getDroppedOn() { return droppedOn; }
    void drop(String reason, LocalDate on) { this.status = EnrolmentStatus.DROPPED; this.dropoutReason = reason; this.droppedOn = on; }
    public Integer getAssessmentScore() { return assessmentScore; }
    public AssessmentResult getAssessmentResult() { return assessmentResult; }
    LocalDate getAssessedOn() { return assessedOn; }
    void assess(Integer score, AssessmentResult result, LocalDate on) {
        this.assessmentScore = score;
        this.assessmentResult = result;
        this.assessedOn = on;
    }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getCertificateNumber() { return certificateNumber; }
    void complete(LocalDate on, String certificateNumber) {
        this.status = EnrolmentStatus.COMPLETED;
        this.completedOn = on;
        this.certificateNumber = certificateNumber;
    }
    long getVersion() { return version; }
}
