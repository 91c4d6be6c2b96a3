package org.aashray.reintegration.verification;

/** What the visiting worker recommends about the destination. */
public enum Recommendation {
    SAFE, SAFE_WITH_CONDITIONS, NOT_SAFE;

    public boolean positive() {
        return this != NOT_SAFE;
    }
}
