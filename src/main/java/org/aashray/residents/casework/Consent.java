package org.aashray.residents.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What was explained to the resident, in which language, what she agreed to and who witnessed it. Never edited: a new record replaces it. */
@Entity
@Table(name = "resident_consents")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    private String explained;
    private String language;
    @Column(name = "agrees_data")
    private boolean agreesData;
    @Column(name = "agrees_counselling")
    private boolean agreesCounselling;
    @Column(name = "agrees_medical")
    private boolean agreesMedical;
    @Column(name = "agrees_photo")
    private boolean agreesPhoto;
    private String witness;
    @Column(name = "recorded_on")
    private LocalDate recordedOn;
    @Column(name = "recorded_by")
    private String recordedBy;

    public Consent() {
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    void setResidentId(long residentId) { this.residentId = residentId; }
    public String getExplained() { return explained; }
    public void setExplained(String explained) { this.explained = explained; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public boolean isAgreesData() { return agreesData; }
    public void setAgreesData(boolean agreesData) { this.agreesData = agreesData; }
    public boolean isAgreesCounselling() { return agreesCounselling; }
    public void setAgreesCounselling(boolean agreesCounselling) { this.agreesCounselling = agreesCounselling; }
    public boolean isAgreesMedical() { return agreesMedical; }
    public void setAgreesMedical(boolean agreesMedical) { this.agreesMedical = agreesMedical; }
    public boolean isAgreesPhoto() { return agreesPhoto; }
    public void setAgreesPhoto(boolean agreesPhoto) { this.agreesPhoto = agreesPhoto; }
    public String getWitness() { return witness; }
    public void setWitness(String witness) { this.witness = witness; }
    public LocalDate getRecordedOn() { return recordedOn; }
    void setRecordedOn(LocalDate recordedOn) { this.recordedOn = recordedOn; }
    public String getRecordedBy() { return recordedBy; }
    void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
}
