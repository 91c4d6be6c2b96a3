package org.aashray.counselling.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CancelCause;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionSummary;

/** One counselling session (alone or one occurrence of a series). */
@Entity
@Table(name = "counselling_sessions")
public class Session {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long homeId;
    private Long seriesId;
    private long counsellorId;
    private String counsellorName;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    @Enumerated(EnumType.STRING)
    private SessionMode mode;
    private Long roomId;
    private String roomName;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String topic;
    @Enumerated(EnumType.STRING)
    private Attendance attendance;
    private String cancelReason;
    @Enumerated(EnumType.STRING)
    private CancelCause cancelCause;
    private Integer wellbeingScore;
    private Integer phq9Score;
    private boolean editedAlone;
    @ElementCollection
    @CollectionTable(name = "counselling_participants", joinColumns = @JoinColumn(name = "session_id"))
    private List<Participant> participants = new ArrayList<>();
    @Version
    private long version;

    protected Session() {
    }

    public Session(long homeId, Long seriesId, long counsellorId, String counsellorName) {
        this.homeId = homeId;
        this.seriesId = seriesId;
        this.counsellorId = counsellorId;
        this.counsellorName = counsellorName;
    }

    /** Sets time, place and who takes part; the participants' copies of the times follow. */
    public void plan(SessionKind kind, SessionMode mode, Long roomId, String roomName, LocalDateTime start, LocalDateTime end,
                     String topic, Map<Long, String> residents) {
        this.kind = kind;
        this.mode = mode;
        this.roomId = roomId;
        this.roomName = roomName;
        this.startsAt = start;
        this.endsAt = end;
        this.topic = topic;
        participants.clear();
        residents.forEach((id, name) -> participants.add(new Participant(id, name, start, end)));
    }

    Map<Long, String> residents() {
        Map<Long, String> m = new LinkedHashMap<>();
        participants.forEach(p -> m.put(p.getResidentId(), p.getResidentName()));
        return m;
    }

    /** As schedules show it; the scores only for counsellors. */
    public SessionSummary summary(boolean withScores) {
        return new SessionSummary(id, homeId, seriesId, counsellorId, counsellorName, kind, mode, roomId, roomName, startsAt,
                endsAt, topic, attendance, cancelReason, cancelCause, residents(), editedAlone, withScores ? wellbeingScore : null,
                withScores ? phq9Score : null, version);
    }

    /** What the audit trail keeps of a session: never its scores (nor the note, which is not here). */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counsellor", counsellorName);
        m.put("kind", kind);
        m.put("mode", mode);
        m.put("room", roomName);
        m.put("start", String.valueOf(startsAt));
        m.put("end", String.valueOf(endsAt));
        m.put("residents", residents().keySet().toString());
        m.put("attendance", attendance);
        m.put("cancelReason", cancelReason);
        m.put("cancelCause", cancelCause);
        return m;
    }

    /**
     * She no longer comes (transferred, or left care): a session of hers alone is cancelled for that cause; a group
     * session goes on without her.
     */
    public void withdraw(long residentId, CancelCause cause) {
        if (participants.size() > 1) {
            participants.removeIf(p -> p.getResidentId() == residentId);
        } else {
            attendance = Attendance.CANCELLED;
            cancelReason = null;
            cancelCause = cause;
        }
    }

    public Set<Long> residentIds() {
        return residents().keySet();
    }

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    public Long getSeriesId() { return seriesId; }
    public long getCounsellorId() { return counsellorId; }
    public String getCounsellorName() { return counsellorName; }
    SessionKind getKind() { return kind; }
    SessionMode getMode() { return mode; }
    Long getRoomId() { return roomId; }
    String getRoomName() { return roomName; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    String getTopic() { return topic; }
    public Attendance getAttendance() { return attendance; }
    public void setAttendance(Attendance attendance) { this.attendance = attendance; }
    String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; this.cancelCause = null; }
    public CancelCause getCancelCause() { return cancelCause; }
    public Integer getWellbeingScore() { return wellbeingScore; }
    public void setWellbeingScore(Integer wellbeingScore) { this.wellbeingScore = wellbeingScore; }
    public Integer getPhq9Score() { return phq9Score; }
    public void setPhq9Score(Integer phq9Score) { this.phq9Score = phq9Score; }
    public boolean isEditedAlone() { return editedAlone; }
    public void setEditedAlone(boolean editedAlone) { this.editedAlone = editedAlone; }
    public long getVersion() { return version; }
}
