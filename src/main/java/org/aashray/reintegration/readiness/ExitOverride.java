package org.aashray.reintegration.readiness;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aashray.placements.ExitReason;

/** A care manager lets an exit of one gated kind pass although items it requires are unmet; used by the next such exit. */
@Entity
@Table(name = "reint_overrides")
class ExitOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    @Enumerated(EnumType.STRING)
    private ExitReason exitReason;
    private String reason;
    private String recordedBy;
    private LocalDate recordedOn;
    private Instant createdAt;
    private LocalDate usedOn;

    protected ExitOverride() {
    }

    ExitOverride(long residentId, long homeId, ExitReason exitReason, String reason, String recordedBy, LocalDate recordedOn, Instant createdAt) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.exitReason = exitReason;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedOn = recordedOn;
        this.createdAt = createdAt;
    }

    void use(LocalDate on) { usedOn = on; }

    Long getId() { return id; }
    ExitReason getExitReason() { return exitReason; }
    String getReason() { return reason; }
    String getRecordedBy() { return recordedBy; }
    LocalDate getRecordedOn() { return recordedOn; }
    LocalDate getUsedOn() { return usedOn; }
}
