package org.aashray.alerts.internal;

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
import java.util.List;
import org.aashray.alerts.AlertSeverity;
import org.aashray.alerts.AlertStatus;
import org.aashray.security.Role;

/**
 * One alert. The engine writes it with SQL ({@code alerts.engine.AlertStore}); people change it through
 * {@link org.aashray.alerts.AlertInbox}.
 */
@Entity
@Table(name = "alerts")
public class Alert {

    /** Joins a due item's description arguments in one column; a character no one types. */
    public static final String ARG_SEPARATOR = "\u001F";
    /** The resolution of an alert closed because the resident it is about left care. */
    public static final String LEFT_CARE = "LEFT_CARE";

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
    /** The alert of the same item resolved by hand before this one was raised again, if any. */
    @Column(name = "previous_alert_id")
    private Long previousAlertId;
    /** The resident the alert is about, if it is about one (see {@code DueItem.residentId}). */
    @Column(name = "resident_id")
    private Long residentId;

    protected Alert() {
    }

    public Long getId() { return id; }
    public String getRuleKey() { return ruleKey; }
    public long getHomeId() { return homeId; }
    public String getTitleKey() { return titleKey; }
    public AlertSeverity getSeverity() { return severity; }
    public Role getAlertedRole() { return alertedRole; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isOverdue() { return overdue; }
    public String getDescriptionKey() { return descriptionKey; }
    public List<String> descriptionArgs() {
        return descriptionArgs == null ? List.of() : List.of(descriptionArgs.split(ARG_SEPARATOR, -1));
    }
    public String getRoute() { return route; }
    public AlertStatus getStatus() { return status; }
    public int getEscalationLevel() { return escalationLevel; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Long getAssigneeId() { return assigneeId; }
    public String getAssigneeName() { return assigneeName; }
    public String getResolution() { return resolution; }
    public String getResolutionReason() { return resolutionReason; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Long getPreviousAlertId() { return previousAlertId; }
    public Long getResidentId() { return residentId; }

    public void acknowledge(String by, Instant at) {
        status = AlertStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
        updatedAt = at;
    }

    public void assign(long colleagueId, String colleagueName, Instant at) {
        assigneeId = colleagueId;
        assigneeName = colleagueName;
        updatedAt = at;
    }

    /** She was transferred: the receiving home's staff own the alert now; an assignee of the sending home does not. */
    public void readdress(long toHomeId, Instant at) {
        homeId = toHomeId;
        assigneeId = null;
        assigneeName = null;
        updatedAt = at;
    }

    /** She left care: the item no longer applies to anyone in the home. */
    public void resolveBecauseSheLeft(String by, Instant at) {
        status = AlertStatus.RESOLVED;
        openMarker = null;
        resolution = LEFT_CARE;
        resolvedBy = by;
        resolvedAt = at;
        updatedAt = at;
    }

    public void resolveManually(String by, String reason, Instant at) {
        status = AlertStatus.RESOLVED;
        openMarker = null;
        resolution = "MANUAL";
        resolutionReason = reason;
        resolvedBy = by;
        resolvedAt = at;
        updatedAt = at;
    }
}
