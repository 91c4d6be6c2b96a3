package org.aashray.training.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Whether a trainee was present at one session. */
@Entity
@Table(name = "training_attendance")
class Attendance {

    @Embeddable
    static class Key implements Serializable {
        @Column(name = "session_id")
        private long sessionId;
        @Column(name = "enrolment_id")
        private long enrolmentId;

        protected Key() {
        }

        Key(long sessionId, long enrolmentId) {
            this.sessionId = sessionId;
            this.enrolmentId = enrolmentId;
        }

        long sessionId() { return sessionId; }
        long enrolmentId() { return enrolmentId; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.sessionId == sessionId && k.enrolmentId == enrolmentId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(sessionId) * 31 + Long.hashCode(enrolmentId);
        }
    }

    @EmbeddedId
    private Key key;
    private boolean present;

    protected Attendance() {
    }

    Attendance(long sessionId, long enrolmentId, boolean present) {
        this.key = new Key(sessionId, enrolmentId);
        this.present = present;
    }

    Key getKey() { return key; }
    boolean isPresent() { return present; }
    void setPresent(boolean present) { this.present = present; }
}
