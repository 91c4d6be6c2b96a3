package org.aashray.residents.visitors;

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

/** One entry of the visitor register at reception. */
@Entity
@Table(name = "visits")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "visitor_name")
    private String visitorName;
    @Column(name = "visitor_phone")
    private String visitorPhone;
    private String relation;
    @Column(name = "id_seen")
    private String idSeen;
    @Enumerated(EnumType.STRING)
    private VisitPurpose purpose = VisitPurpose.FAMILY;
    @Column(name = "officer_name")
    private String officerName;
    @Column(name = "police_station")
    private String policeStation;
    @Column(name = "time_in")
    private Instant timeIn;
    @Column(name = "time_out")
    private Instant timeOut;
    @Column(name = "no_contact_match")
    private boolean noContactMatch;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Version
    private long version;

    public Visit() {
    }

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    void setHomeId(long homeId) { this.homeId = homeId; }
    public long getResidentId() { return residentId; }
    public void setResidentId(long residentId) { this.residentId = residentId; }
    public String getVisitorName() { return visitorName; }
    public void setVisitorName(String visitorName) { this.visitorName = visitorName; }
    public String getVisitorPhone() { return visitorPhone; }
    public void setVisitorPhone(String visitorPhone) { this.visitorPhone = visitorPhone; }
    public String getRelation() { return relation; }
    public void setRelation(String relation) { this.relation = relation; }
    public String getIdSeen() { return idSeen; }
    public void setIdSeen(String idSeen) { this.idSeen = idSeen; }
    public VisitPurpose getPurpose() { return purpose; }
    public void setPurpose(VisitPurpose purpose) { this.purpose = purpose; }
    public String getOfficerName() { return officerName; }
    public void setOfficerName(String officerName) { this.officerName = officerName; }
    public String getPoliceStation() { return policeStation; }
    public void setPoliceStation(String policeStation) { this.policeStation = policeStation; }
    public Instant getTimeIn() { return timeIn; }
    public void setTimeIn(Instant timeIn) { this.timeIn = timeIn; }
    public Instant getTimeOut() { return timeOut; }
    void setTimeOut(Instant timeOut) { this.timeOut = timeOut; }
    public boolean isNoContactMatch() { return noContactMatch; }
    void setNoContactMatch(boolean noContactMatch) { this.noContactMatch = noContactMatch; }
    public String getRecordedBy() { return recordedBy; }
    void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public long getVersion() { return version; }
}
