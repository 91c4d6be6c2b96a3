package org.aashray.placements;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A resident leaving care. Absconding also records when she was missed and who was informed (police, CWC).
 * {@code placementId} and {@code expectedVersion} name the current placement the user saw (a stale screen is refused).
 * {@code releasedTo} and {@code releasedToPhone} (optional) name the person she is released to, for exits with a
 * destination; they are checked against her no-contact list.
 */
public record ExitRequest(long residentId, long placementId, long expectedVersion, LocalDate date, ExitReason reason, String destination,
                          String order, String note, LocalDateTime abscondedAt, boolean informedPolice,
                          boolean informedCwc, String informedDetails, String releasedTo, String releasedToPhone) {

    /** An exit that names nobody she is released to. */
    public ExitRequest(long residentId, long placementId, long expectedVersion, LocalDate date, ExitReason reason, String destination,
                       String order, String note, LocalDateTime abscondedAt, boolean informedPolice,
                       boolean informedCwc, String informedDetails) {
        this(residentId, placementId, expectedVersion, date, reason, destination, order, note, abscondedAt, informedPolice,
                informedCwc, informedDetails, null, null);
    }

    /** The same exit, released to this person (name and phone as typed). */
    public ExitRequest withReleasedTo(String person, String phone) {
        return new ExitRequest(residentId, placementId, expectedVersion, date, reason, destination, order, note, abscondedAt,
                informedPolice, informedCwc, informedDetails, person, phone);
    }

    public static ExitRequest of(long residentId, long placementId, long expectedVersion, LocalDate date, ExitReason reason,
                                 String destination, String order, String note) {
        return new ExitRequest(residentId, placementId, expectedVersion, date, reason, destination, order, note, null, false, false, null);
    }
}
