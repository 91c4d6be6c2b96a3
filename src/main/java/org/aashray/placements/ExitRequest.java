package org.aashray.placements;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A resident leaving care. Absconding also records when she was missed and who was informed (police, CWC).
 * {@code expectedVersion} is the version of her current placement the user saw.
 */
public record ExitRequest(long residentId, long expectedVersion, LocalDate date, ExitReason reason, String destination,
                          String order, String note, LocalDateTime abscondedAt, boolean informedPolice,
                          boolean informedCwc, String informedDetails) {

    public static ExitRequest of(long residentId, long expectedVersion, LocalDate date, ExitReason reason,
                                 String destination, String order, String note) {
        return new ExitRequest(residentId, expectedVersion, date, reason, destination, order, note, null, false, false, null);
    }
}
