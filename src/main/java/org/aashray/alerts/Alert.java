package org.aashray.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.aashray.security.Role;

/** One alert. The engine writes it with SQL (see {@link AlertStore}); people change it through {@link AlertInbox}. */
@Entity
@Table(name = "alerts")
class Alert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rule_key")
    private String ruleKey;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private long subjectId;
    @Column(name = "home_id")
    private long homeId;
    @Column(name = "title_key")
    private String titleKey;
    @Enumerated(EnumType.STRING)
    private AlertSeverity severity;
    @Column(name = "severity_rank")
    private int severityRank;
    @Enumerated(EnumType.STRING)
    @Column(name = "alerted_role")
    private Role alertedRole;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private boolean overdue;
    @Column(name = "description_key")
    private String descriptionKey;
    @Column(name = "description_args")
    private String descriptionArgs;
    private String route;
    @Enumerated(EnumType.STRING)
    private AlertStatus status;
    @Column(name = "open_marker")
    private Integer openMarker;
    @Column(name = "escalation_level")
    private int escalationLevel;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "assignee_name")
    private String assigneeName;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;
    @Column(name = "resolution_reason")
    private String resolutionReason;

    protected Alert() {
    }

    Long getId() { return id; }
    String getRuleKey() { return ruleKey; }
    long getHomeId() { return homeId; }
    String getTitleKey() { return titleKey; }
    AlertSeverity getSeverity() { return severity; }
    Role getAlertedRole() { return alertedRole; }
    LocalDate getDueDate() { return dueDate; }
    boolean isOverdue() { return overdue; }
    String getDescriptionKey() { return descriptionKey; }
    String getDescriptionArgs() { return descriptionArgs; }
    String getRoute() { return route; }
    AlertStatus getStatus() { return status; }
    int getEscalationLevel() { return escalationLevel; }
    Instant getRaisedAt() { return raisedAt; }
    String getAcknowledgedBy() { return acknowledgedBy; }
    Long getAssigneeId() { return assigneeId; }
    String getAssigneeName() { return assigneeName; }
    String getResolution() { return resolution; }
    String getResolutionReason() { return resolutionReason; }

    void acknowledge(String by, Instant at) {
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
        updatedAt = at;
    }

    void assign(long colleagueId, String colleagueName, Instant at) {
        assigneeId = colleagueId;
        assigneeName = colleagueName;
        updatedAt = at;
    }

    void resolveManually(String by, String reason, Instant at) {
        status = AlertStatus.RESOLVED;
        openMarker = null;
        resolution = "MANUAL";
        resolutionReason = reason;
        resolvedBy = by;
        resolvedAt = at;
        updatedAt = at;
    }
}
