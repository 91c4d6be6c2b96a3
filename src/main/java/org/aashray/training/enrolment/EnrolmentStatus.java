package org.aashray.training.enrolment;

/** ENROLLED holds a seat; WAITLISTED waits for one; the rest are final. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, DROPPED, COMPLETED, NOT_COMPLETED;

    public boolean isActive() {
        return this == ENROLLED || this == WAITLISTED;
    }
}
