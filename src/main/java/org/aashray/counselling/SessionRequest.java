package org.aashray.counselling;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A booking as the form sends it. {@code counsellorId} null means the caller herself; {@code weeks} &gt; 1
 * books a weekly series of that many sessions.
 */
public record SessionRequest(long homeId, Long counsellorId, String counsellorName, SessionKind kind, SessionMode mode,
                             List<Long> residentIds, Long roomId, LocalDateTime start, LocalDateTime end, String topic,
                             int weeks) {
}
