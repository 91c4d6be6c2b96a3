package org.aashray.placements;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A resident leaving care. Absconding also records when she was missed and who was informed (police, CWC).
 * {@code placementId} and {@code expectedVersion} name the current placement the user saw (a stale screen is refused).
 */
public record ExitRequest(long residentId, long placementId, long expectedVersion, LocalDate date, ExitReason reason, String destination,
                          String order, String note, LocalDateTime abscondedAt, boolean informedPolice,
                          boolean informedCwc, String informedDetails) {

    public static ExitRequest of(long residentId, long placementId, long expectedVersion, LocalDate date, ExitReason reason,
                                 String destination, String order, String note) {
        return new ExitRequest(residentId, placementId, expectedVersion, date, reason, destination, order, note, null, false, false, null);
    }
}
