package org.aashray.reintegration.repatriation;

/** A repatriation is open until the handover is done, or cancelled. */
public enum RepatriationStatus {
    OPEN, COMPLETED, CANCELLED
}
