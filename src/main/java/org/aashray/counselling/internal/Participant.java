package org.aashray.counselling.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/** A resident taking part in a session; the session's times are copied so her busy times need one index. */
@Embeddable
class Participant {

    @Column(name = "resident_id")
    private long residentId;
    @Column(name = "resident_name")
    private String residentName;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    protected Participant() {
    }

    Participant(long residentId, String residentName, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.residentId = residentId;
        this.residentName = residentName;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    long getResidentId() { return residentId; }
    String getResidentName() { return residentName; }
}
