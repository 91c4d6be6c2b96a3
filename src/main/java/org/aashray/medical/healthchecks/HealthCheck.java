package org.aashray.medical.healthchecks;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.aashray.base.crypto.EncryptedText;

/** The admission health check of one stay; findings are encrypted. */
@Entity
@Table(name = "medical_health_checks")
class HealthCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long homeId;
    private long residentId;
    private String residentName;
    private LocalDateTime dueAt;
    private LocalDateTime doneAt;
    private String doneBy;
    /** The day she left care before the check was done: it is no longer owed. */
    private LocalDate closedOn;
    @Convert(converter = EncryptedText.class)
    private String findings;
    @Version
    private long version;

    protected HealthCheck() {
    }

    HealthCheck(long homeId, long residentId, String residentName, LocalDateTime dueAt) {
        this.homeId = homeId;
        this.residentId = residentId;
        this.residentName = residentName;
        this.dueAt = dueAt;
    }

    void done(LocalDateTime at, String by, String findings) {
        this.doneAt = at;
        this.doneBy = by;
        this.findings = findings;
    }

    /** She left care before the check was done: nobody owes it any more. */
    void close(LocalDate on) {
        this.closedOn = on;
    }

    /** Moves an open check to the home she was transferred to, whose medical staff now owe it. */
    void moveTo(long homeId) {
        this.homeId = homeId;
    }

    /** The findings only for the home's medical staff ({@code confidential}). */
    HealthCheckSummary summary(boolean confidential, LocalDateTime now) {
        return new HealthCheckSummary(id, homeId, residentId, residentName, dueAt, doneAt, doneBy, confidential ? findings : null,
                doneAt == null && closedOn == null && dueAt.isBefore(now), closedOn, version);
    }

    Long getId() { return id; }
    long getHomeId() { return homeId; }
    long getResidentId() { return residentId; }
    String getResidentName() { return residentName; }
    LocalDateTime getDueAt() { return dueAt; }
    LocalDateTime getDoneAt() { return doneAt; }
    String getDoneBy() { return doneBy; }
    String getFindings() { return findings; }
    LocalDate getClosedOn() { return closedOn; }
    long getVersion() { return version; }
}
