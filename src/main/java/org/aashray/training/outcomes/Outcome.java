package org.aashray.training.outcomes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a trainee was doing when asked after the course: a job, her own enterprise, further study or none yet,
 * plus bank account and scheme linkage. {@code checkMonth} says which scheduled check it answers (3, 6, ...).
 */
@Entity
@Table(name = "training_outcomes")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrolment_id", updatable = false)
    private long enrolmentId;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Column(name = "check_month")
    private Integer checkMonth;
    @Column(name = "recorded_on")
    private LocalDate recordedOn;
    @Enumerated(EnumType.STRING)
    private OutcomeKind kind = OutcomeKind.NONE_YET;
    private String employer;
    @Column(name = "job_role")
    private String jobRole;
    @Column(name = "monthly_wage")
    private BigDecimal monthlyWage;
    @Column(name = "enterprise_type")
    private String enterpriseType;
    @Column(name = "seed_money")
    private BigDecimal seedMoney;
    @Column(name = "study_course")
    private String studyCourse;
    @Column(name = "bank_account")
    private boolean bankAccount;
    @Column(name = "scheme_linkage")
    private String schemeLinkage;
    @Column(name = "recorded_by")
    private String recordedBy;

    public Long getId() { return id; }
    public long getEnrolmentId() { return enrolmentId; }
    void setEnrolmentId(long enrolmentId) { this.enrolmentId = enrolmentId; }
    public long getResidentId() { return residentId; }
    void setResidentId(long residentId) { this.residentId = residentId; }
    public long getHomeId() { return homeId; }
    void setHomeId(long homeId) { this.homeId = homeId; }
    public Integer getCheckMonth() { return checkMonth; }
    public void setCheckMonth(Integer checkMonth) { this.checkMonth = checkMonth; }
    public LocalDate getRecordedOn() { return recordedOn; }
    public void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public OutcomeKind getKind() { return kind; }
    public void setKind(OutcomeKind kind) { this.kind = kind; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getJobRole() { return jobRole; }
    public void setJobRole(String jobRole) { this.jobRole = jobRole; }
    public BigDecimal getMonthlyWage() { return monthlyWage; }
    public void setMonthlyWage(BigDecimal monthlyWage) { this.monthlyWage = monthlyWage; }
    public String getEnterpriseType() { return enterpriseType; }
    public void setEnterpriseType(String enterpriseType) { this.enterpriseType = enterpriseType; }
    public BigDecimal getSeedMoney() { return seedMoney; }
    public void setSeedMoney(BigDecimal seedMoney) { this.seedMoney = seedMoney; }
    public String getStudyCourse() { return studyCourse; }
    public void setStudyCourse(String studyCourse) { this.studyCourse = studyCourse; }
    public boolean isBankAccount() { return bankAccount; }
    public void setBankAccount(boolean bankAccount) { this.bankAccount = bankAccount; }
    public String getSchemeLinkage() { return schemeLinkage; }
    public void setSchemeLinkage(String schemeLinkage) { this.schemeLinkage = schemeLinkage; }
    public String getRecordedBy() { return recordedBy; }
    void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
}
