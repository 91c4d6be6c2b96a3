package org.aashray.homes;

/** Whether a bed can be given to a resident at all; occupancy is the placements feature's business. */
public enum BedStatus {
    AVAILABLE, OUT_OF_SERVICE
}
