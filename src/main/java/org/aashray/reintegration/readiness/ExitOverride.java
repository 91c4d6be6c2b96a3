package org.aashray.reintegration.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A care manager lets "restored to family" pass although blocking items are unmet; used by the next such exit. */
@Entity
@Table(name = "reint_overrides")
class ExitOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    private String reason;
    private String recordedBy;
    private LocalDate recordedOn;
    private Instant createdAt;
    private LocalDate usedOn;

    protected ExitOverride() {
    }

    ExitOverride(long residentId, long homeId, String reason, String recordedBy, LocalDate recordedOn, Instant createdAt) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
        this.createdAt = createdAt;
    }

    void use(LocalDate on) { usedOn = on; }

    Long getId() { return id; }
    String getReason() { return reason; }
    String getRecordedBy() { return recordedBy; }
    LocalDate getRecordedOn() { return recordedOn; }
    LocalDate getUsedOn() { return usedOn; }
}
