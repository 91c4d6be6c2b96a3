package org.aashray.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One read of a sensitive record (a resident's profile, a counselling note). */
@Entity
@Immutable
@Table(name = "record_access_log")
public class RecordAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;
    @Column(nullable = false)
    private String username;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false)
    private String entityId;
    @Column(name = "home_id")
    private Long homeId;
    private String purpose;

    protected RecordAccess() {
    }

    public RecordAccess(Instant accessedAt, String username, String entityType, String entityId, Long homeId, String purpose) {
        this.accessedAt = accessedAt;
        this.username = username;
        this.entityType = entityType;
        this.entityId = entityId;
        this.homeId = homeId;
        this.purpose = purpose;
    }

    public Long getId() { return id; }
    public Instant getAccessedAt() { return accessedAt; }
    public String getUsername() { return username; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getHomeId() { return homeId; }
    public String getPurpose() { return purpose; }
}
