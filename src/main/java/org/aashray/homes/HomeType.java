package org.aashray.homes;

/** The rehabilitation types of the seed documents. */
public enum HomeType {
    TRANSIT, SHORT_TERM, LONG_TERM, COMMUNITY_BASED;

    /** The letter used in case numbers and home codes, e.g. KOL-T. */
    public char letter() {
        return switch (this) {
            case TRANSIT -> 'T';
            case SHORT_TERM -> 'S';
            case LONG_TERM -> 'L';
            case COMMUNITY_BASED -> 'C';
        };
    }
}
