package org.aashray.placements;

/** How a stay in a bed began: a new admission, a move to another bed of the same home, or a transfer from another home. */
public enum EntryKind { ADMISSION, BED_MOVE, TRANSFER }
