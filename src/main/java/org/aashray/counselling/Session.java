package org.aashray.counselling;

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

/** One counselling session (alone or one occurrence of a series). */
@Entity
@Table(name = "counselling_sessions")
class Session {

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

    Session(long homeId, Long seriesId, long counsellorId, String counsellorName) {
        this.homeId = homeId;
        this.seriesId = seriesId;
        this.counsellorId = counsellorId;
        this.counsellorName = counsellorName;
    }

    /** Sets time, place and who takes part; the participants' copies of the times follow. */
    void plan(SessionKind kind, SessionMode mode, Long roomId, String roomName, LocalDateTime start, LocalDateTime end,
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
    SessionSummary summary(boolean withScores) {
        return new SessionSummary(id, homeId, seriesId, counsellorId, counsellorName, kind, mode, roomId, roomName, startsAt,
                endsAt, topic, attendance, cancelReason, residents(), editedAlone, withScores ? wellbeingScore : null,
                withScores ? phq9Score : null, version);
    }

    /** What the audit trail keeps of a session: never its scores (nor the note, which is not here). */
    Map<String, Object> snapshot() {
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
        return m;
    }

    Long getId() { return id; }
    long getHomeId() { return homeId; }
    Long getSeriesId() { return seriesId; }
    long getCounsellorId() { return counsellorId; }
    String getCounsellorName() { return counsellorName; }
    SessionKind getKind() { return kind; }
    SessionMode getMode() { return mode; }
    Long getRoomId() { return roomId; }
    String getRoomName() { return roomName; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    String getTopic() { return topic; }
    Attendance getAttendance() { return attendance; }
    void setAttendance(Attendance attendance) { this.attendance = attendance; }
    String getCancelReason() { return cancelReason; }
    void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    Integer getWellbeingScore() { return wellbeingScore; }
    void setWellbeingScore(Integer wellbeingScore) { this.wellbeingScore = wellbeingScore; }
    Integer getPhq9Score() { return phq9Score; }
    void setPhq9Score(Integer phq9Score) { this.phq9Score = phq9Score; }
    boolean isEditedAlone() { return editedAlone; }
    void setEditedAlone(boolean editedAlone) { this.editedAlone = editedAlone; }
    long getVersion() { return version; }
}
