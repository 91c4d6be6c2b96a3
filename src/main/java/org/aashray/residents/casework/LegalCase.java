package org.aashray.residents.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The criminal case in which the resident is a witness, and her victim-compensation claim. One per resident. */
@Entity
@Table(name = "resident_legal_cases")
public class LegalCase {

    @Id
    @Column(name = "resident_id")
    private Long residentId;
    @Column(name = "fir_number")
    private String firNumber;
    @Column(name = "police_station")
    private String policeStation;
    @Column(name = "sections_invoked")
    private String sectionsInvoked;
    @Column(name = "statement_section")
    private String statementSection;
    @Column(name = "statement_date")
    private LocalDate statementDate;
    private String court;
    @Column(name = "next_hearing")
    private LocalDate nextHearing;
    @Enumerated(EnumType.STRING)
    @Column(name = "lawyer_type")
    private LawyerType lawyerType = LawyerType.NONE;
    @Column(name = "lawyer_name")
    private String lawyerName;
    @Column(name = "compensation_applied_on")
    private LocalDate compensationAppliedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "compensation_status")
    private CompensationStatus compensationStatus = CompensationStatus.NOT_APPLIED;
    @Version
    private Long version;

    public LegalCase() {
    }

    public Long getResidentId() { return residentId; }
    void setResidentId(Long residentId) { this.residentId = residentId; }
    public String getFirNumber() { return firNumber; }
    public void setFirNumber(String firNumber) { this.firNumber = firNumber; }
    public String getPoliceStation() { return policeStation; }
    public void setPoliceStation(String policeStation) { this.policeStation = policeStation; }
    public String getSectionsInvoked() { return sectionsInvoked; }
    public void setSectionsInvoked(String sectionsInvoked) { this.sectionsInvoked = sectionsInvoked; }
    public String getStatementSection() { return statementSection; }
    public void setStatementSection(String statementSection) { this.statementSection = statementSection; }
    public LocalDate getStatementDate() { return statementDate; }
    public void setStatementDate(LocalDate statementDate) { this.statementDate = statementDate; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public LocalDate getNextHearing() { return nextHearing; }
    public void setNextHearing(LocalDate nextHearing) { this.nextHearing = nextHearing; }
    public LawyerType getLawyerType() { return lawyerType; }
    public void setLawyerType(LawyerType lawyerType) { this.lawyerType = lawyerType; }
    public String getLawyerName() { return lawyerName; }
    public void setLawyerName(String lawyerName) { this.lawyerName = lawyerName; }
    public LocalDate getCompensationAppliedOn() { return compensationAppliedOn; }
    public void setCompensationAppliedOn(LocalDate compensationAppliedOn) { this.compensationAppliedOn = compensationAppliedOn; }
    public CompensationStatus getCompensationStatus() { return compensationStatus; }
    public void setCompensationStatus(CompensationStatus compensationStatus) { this.compensationStatus = compensationStatus; }
    public Long getVersion() { return version; }
}
