package org.aashray.inspections.internal;

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
import org.aashray.inspections.ActionItemRecord;
import org.aashray.inspections.ActionStatus;

/** Something an inspection asked the home to do, by a date. */
@Entity
@Table(name = "inspection_actions")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "inspection_id", nullable = false)
    private long inspectionId;
    @Column(name = "home_id", nullable = false)
    private long homeId;
    @Column(nullable = false)
    private String description;
    @Column(nullable = false)
    private String owner;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status = ActionStatus.OPEN;
    @Column(name = "action_taken")
    private String actionTaken;
    @Column(name = "done_on")
    private LocalDate doneOn;
    @Column(name = "done_by")
    private String doneBy;
    @Version
    private long version;

    protected ActionItem() {
    }

    public ActionItem(long inspectionId, long homeId, String description, String owner, LocalDate dueDate) {
        this.inspectionId = inspectionId;
        this.homeId = homeId;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    public void complete(String actionTaken, LocalDate doneOn, String doneBy) {
        this.actionTaken = actionTaken;
        this.doneOn = doneOn;
        this.doneBy = doneBy;
        this.status = ActionStatus.DONE;
    }

    public ActionItemRecord toRecord() {
        return new ActionItemRecord(id, inspectionId, homeId, description, owner, dueDate, status, actionTaken, doneOn,
                doneBy, version);
    }

    public Long getId() { return id; }
    public long getInspectionId() { return inspectionId; }
    public long getHomeId() { return homeId; }
    public String getDescription() { return description; }
    public String getOwner() { return owner; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public String getActionTaken() { return actionTaken; }
    public LocalDate getDoneOn() { return doneOn; }
    public String getDoneBy() { return doneBy; }
    public long getVersion() { return version; }
}
