package org.aashray.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One change to a record. Immutable: written once, never updated. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String username;
    @Column(nullable = false)
    private String action;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false)
    private String entityId;
    @Column(name = "home_id")
    private Long homeId;
    private String summary;
    @Column(name = "before_state")
    private String beforeState;
    @Column(name = "after_state")
    private String afterState;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String username, String action, String entityType, String entityId,
               Long homeId, String summary, String beforeState, String afterState) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.homeId = homeId;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getHomeId() { return homeId; }
    public String getSummary() { return summary; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
}
