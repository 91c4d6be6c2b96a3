package org.aashray.placements;

/** Why a resident left care. */
public enum ExitReason {
    RESTORED_TO_FAMILY, INDEPENDENT_LIVING, TRANSFERRED_TO_ORGANISATION, REPATRIATED, ABSCONDED, DECEASED, OTHER;

    /** Leaving with a place to go needs the order (CWC, magistrate) that released her. */
    public boolean needsOrder() {
        return this == RESTORED_TO_FAMILY || this == TRANSFERRED_TO_ORGANISATION || this == REPATRIATED
                || this == INDEPENDENT_LIVING;
    }

    public boolean needsDestination() {
        return this != ABSCONDED && this != DECEASED;
    }
}
