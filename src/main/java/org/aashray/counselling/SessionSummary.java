package org.aashray.counselling;

import java.time.LocalDateTime;
import java.util.Map;

/** A session as schedules show it: no note; scores only for counsellors (null otherwise). */
public record SessionSummary(long id, long homeId, Long seriesId, long counsellorId, String counsellorName, SessionKind kind,
                             SessionMode mode, Long roomId, String roomName, LocalDateTime start, LocalDateTime end,
                             String topic, Attendance attendance, String cancelReason, Map<Long, String> residents,
                             boolean editedAlone, Integer wellbeingScore, Integer phq9Score, long version) {

    static SessionSummary of(Session s, boolean withScores) {
        return new SessionSummary(s.getId(), s.getHomeId(), s.getSeriesId(), s.getCounsellorId(), s.getCounsellorName(),
                s.getKind(), s.getMode(), s.getRoomId(), s.getRoomName(), s.getStartsAt(), s.getEndsAt(), s.getTopic(),
                s.getAttendance(), s.getCancelReason(), s.residents(), s.isEditedAlone(),
                withScores ? s.getWellbeingScore() : null, withScores ? s.getPhq9Score() : null, s.getVersion());
    }

    public String residentNames() {
        return String.join(", ", residents.values());
    }
}
