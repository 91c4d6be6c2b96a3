package org.aashray.residents.casework;

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
import org.aashray.residents.DocumentType;

/** A document or entitlement: held, applied for, or missing. The number is also kept normalised to find returning survivors. */
@Entity
@Table(name = "resident_documents")
public class ResidentDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type")
    private DocumentType type;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status = DocumentStatus.MISSING;
    @Column(name = "doc_number")
    private String number;
    @Column(name = "number_key")
    private String numberKey;
    private String scheme;
    @Column(name = "applied_on")
    private LocalDate appliedOn;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Version
    private long version;

    public ResidentDocument() {
    }

    /** Letters and digits only, upper case: "1234 5678 9012" and "123456789012" are the same Aadhaar. */
    public static String key(String number) {
        if (number == null) return null;
        String key = number.replaceAll("[^\\p{L}\\p{Nd}]", "").toUpperCase();
        return key.length() < 4 ? null : key;
    }

    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    public void setResidentId(long residentId) { this.residentId = residentId; }
    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public DocumentStatus getStatus() { return status; }
    public void setStatus(DocumentStatus status) { this.status = status; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getNumberKey() { return numberKey; }
    public void setNumberKey(String numberKey) { this.numberKey = numberKey; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public void setAppliedOn(LocalDate appliedOn) { this.appliedOn = appliedOn; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public long getVersion() { return version; }
}
