package org.aashray.reintegration.followup;

/** Why a follow-up was closed without being done. */
public enum CloseReason {
    MOVED_AWAY, NOT_REACHABLE, OTHER
}
