package org.aashray.training.outcomes;

/** What a trainee is doing after the course; a job or her own enterprise count as placed. */
public enum OutcomeKind {
    JOB, SELF_EMPLOYMENT, FURTHER_STUDY, NONE_YET;

    public boolean isPlaced() {
        return this == JOB || this == SELF_EMPLOYMENT;
    }
}
