package org.aashray.medical.records;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.aashray.base.crypto.EncryptedText;

/** A resident's ongoing conditions and medication notes (both encrypted). */
@Entity
@Table(name = "medical_records")
class MedicalRecord {

    @Id
    private Long residentId;
    private long homeId;
    @Convert(converter = EncryptedText.class)
    private String conditions;
    @Convert(converter = EncryptedText.class)
    private String medication;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected MedicalRecord() {
    }

    MedicalRecord(long residentId, long homeId) {
        this.residentId = residentId;
        this.homeId = homeId;
    }

    void update(String conditions, String medication, String by, Instant at) {
        this.conditions = conditions;
        this.medication = medication;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    MedicalNotes notes() {
        return new MedicalNotes(residentId, conditions, medication, updatedBy, updatedAt, version);
    }

    long getHomeId() { return homeId; }
    String getConditions() { return conditions; }
    String getMedication() { return medication; }
    String getUpdatedBy() { return updatedBy; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
