package org.aashray.counselling;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A session as schedules show it: no note; scores only for counsellors (null otherwise). A session the application
 * cancelled (she was transferred or left) has a {@code cancelCause} instead of a typed reason.
 */
public record SessionSummary(long id, long homeId, Long seriesId, long counsellorId, String counsellorName, SessionKind kind,
                             SessionMode mode, Long roomId, String roomName, LocalDateTime start, LocalDateTime end,
                             String topic, Attendance attendance, String cancelReason, CancelCause cancelCause,
                             Map<Long, String> residents,
                             boolean editedAlone, Integer wellbeingScore, Integer phq9Score, long version) {

    public String residentNames() {
        return String.join(", ", residents.values());
    }
}
