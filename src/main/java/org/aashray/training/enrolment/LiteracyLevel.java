package org.aashray.training.enrolment;

/** Highest level of reading and schooling, in increasing order; a course names the minimum it needs. */
public enum LiteracyLevel {
    NONE, BASIC, PRIMARY, MIDDLE, SECONDARY, HIGHER_SECONDARY;

    public boolean meets(LiteracyLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
