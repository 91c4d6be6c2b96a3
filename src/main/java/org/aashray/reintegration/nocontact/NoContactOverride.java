package org.aashray.reintegration.nocontact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A care manager lets the next save of one step (her exit, a home verification, a follow-up) through although what it
 * records matches her no-contact list. Keeps the reason, never the matched person.
 */
@Entity
@Table(name = "reint_no_contact_overrides")
class NoContactOverride {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    @Enumerated(EnumType.STRING)
    private NoContactStep step;
    private String reason;
    private String recordedBy;
    private Instant createdAt;
    private Instant usedAt;

    protected NoContactOverride() {
    }

    NoContactOverride(long residentId, long homeId, NoContactStep step, String reason, String recordedBy, Instant createdAt) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.step = step;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    void use(Instant at) { usedAt = at; }

    Long getId() { return id; }
    long getHomeId() { return homeId; }
    NoContactStep getStep() { return step; }
}
