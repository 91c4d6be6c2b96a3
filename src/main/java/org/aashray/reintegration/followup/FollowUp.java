package org.aashray.reintegration.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * One scheduled follow-up after an exit. It stays open (and, past its grace period, overdue) until it is
 * done or closed with a reason; a concern raised in it stays flagged until the care manager closes it.
 */
@Entity
@Table(name = "reint_followups")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long exitId;
    private long residentId;
    private long homeId;
    private int monthsAfter;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.OPEN;
    private int attempts;
    private LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    private FollowUpMode mode;
    private String peopleMet;
    private String wellbeing;
    private String schoolingOrWork;
    private String safetyConcerns;
    private String retraffickingSigns;
    private String nextAction;
    private boolean concern;
    private LocalDate concernClosedOn;
    private String concernOutcome;
    @Enumerated(EnumType.STRING)
    private CloseReason closeReason;
    private String closeNote;
    private String recordedBy;
    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(long exitId, long residentId, long homeId, int monthsAfter, LocalDate dueOn) {
        this.exitId = exitId;
        this.residentId = residentId;
        this.homeId = homeId;
        this.monthsAfter = monthsAfter;
        this.dueOn = dueOn;
    }

    void record(FollowUpVisit v, String by) {
        doneOn = v.date();
        mode = v.mode();
        peopleMet = v.peopleMet();
        wellbeing = v.wellbeing();
        schoolingOrWork = v.schoolingOrWork();
        safetyConcerns = v.safetyConcerns();
        retraffickingSigns = v.retraffickingSigns();
        nextAction = v.nextAction();
        concern = v.raiseConcern();
        recordedBy = by;
        status = FollowUpStatus.DONE;
    }

    void attempt() { attempts++; }

    void close(CloseReason reason, String note, String by) {
        closeReason = reason;
        closeNote = note;
        recordedBy = by;
        status = FollowUpStatus.CLOSED;
    }

    void closeConcern(LocalDate on, String outcome) {
        concernClosedOn = on;
        concernOutcome = outcome;
    }

    public boolean overdue(LocalDate today, int graceDays) {
        return status == FollowUpStatus.OPEN && dueOn.plusDays(graceDays).isBefore(today);
    }

    public boolean openConcern() {
        return concern && concernClosedOn == null;
    }

    public Long getId() { return id; }
    public long getExitId() { return exitId; }
    public long getResidentId() { return residentId; }
    public long getHomeId() { return homeId; }
    public int getMonthsAfter() { return monthsAfter; }
    public LocalDate getDueOn() { return dueOn; }
    public FollowUpStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public LocalDate getDoneOn() { return doneOn; }
    public FollowUpMode getMode() { return mode; }
    public String getPeopleMet() { return peopleMet; }
    public String getWellbeing() { return wellbeing; }
    public String getSchoolingOrWork() { return schoolingOrWork; }
    public String getSafetyConcerns() { return safetyConcerns; }
    public String getRetraffickingSigns() { return retraffickingSigns; }
    public String getNextAction() { return nextAction; }
    public boolean isConcern() { return concern; }
    public LocalDate getConcernClosedOn() { return concernClosedOn; }
    public String getConcernOutcome() { return concernOutcome; }
    public CloseReason getCloseReason() { return closeReason; }
    public String getCloseNote() { return closeNote; }
    public String getRecordedBy() { return recordedBy; }
    public long getVersion() { return version; }
}
