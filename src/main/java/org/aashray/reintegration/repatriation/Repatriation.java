package org.aashray.reintegration.repatriation;

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
 * Repatriation to Nepal or Bangladesh, step by step: nationality verification requested and received,
 * travel permit issued (it expires: an expiring permit is a due item), escort, handover date and place,
 * receiving organisation. The exit itself is recorded in placements ("repatriated").
 */
@Entity
@Table(name = "reint_repatriations")
public class Repatriation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    @Enumerated(EnumType.STRING)
    private Country country;
    @Enumerated(EnumType.STRING)
    private RepatriationStatus status = RepatriationStatus.OPEN;
    private LocalDate nationalityRequestedOn;
    private LocalDate nationalityReceivedOn;
    private String permitNumber;
    private LocalDate permitIssuedOn;
    private LocalDate permitExpiresOn;
    private String escort;
    private LocalDate handoverDate;
    private String handoverPlace;
    private String receivingOrganisation;
    private String note;
    @Version
    private long version;

    public Repatriation() {
    }

    Repatriation(long residentId, long homeId, Country country) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.country = country;
    }

    void copyFrom(Repatriation e) {
        nationalityRequestedOn = e.nationalityRequestedOn;
        nationalityReceivedOn = e.nationalityReceivedOn;
        permitNumber = e.permitNumber;
        permitIssuedOn = e.permitIssuedOn;
        permitExpiresOn = e.permitExpiresOn;
        escort = e.escort;
        handoverDate = e.handoverDate;
        handoverPlace = e.handoverPlace;
        receivingOrganisation = e.receivingOrganisation;
        note = e.note;
    }

    /** She was transferred: the receiving home carries this on (or keeps it as her history). */
    void moveTo(long homeId) {
        this.homeId = homeId;
    }

    void setStatus(RepatriationStatus status) { this.status = status; }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    public long getHomeId() { return homeId; }
    public Country getCountry() { return country; }
    public RepatriationStatus getStatus() { return status; }
    public LocalDate getNationalityRequestedOn() { return nationalityRequestedOn; }
    public void setNationalityRequestedOn(LocalDate v) { nationalityRequestedOn = v; }
    public LocalDate getNationalityReceivedOn() { return nationalityReceivedOn; }
    public void setNationalityReceivedOn(LocalDate v) { nationalityReceivedOn = v; }
    public String getPermitNumber() { return permitNumber; }
    public void setPermitNumber(String v) { permitNumber = v; }
    public LocalDate getPermitIssuedOn() { return permitIssuedOn; }
    public void setPermitIssuedOn(LocalDate v) { permitIssuedOn = v; }
    public LocalDate getPermitExpiresOn() { return permitExpiresOn; }
    public void setPermitExpiresOn(LocalDate v) { permitExpiresOn = v; }
    public String getEscort() { return escort; }
    public void setEscort(String v) { escort = v; }
    public LocalDate getHandoverDate() { return handoverDate; }
    public void setHandoverDate(LocalDate v) { handoverDate = v; }
    public String getHandoverPlace() { return handoverPlace; }
    public void setHandoverPlace(String v) { handoverPlace = v; }
    public String getReceivingOrganisation() { return receivingOrganisation; }
    public void setReceivingOrganisation(String v) { receivingOrganisation = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public long getVersion() { return version; }
}
