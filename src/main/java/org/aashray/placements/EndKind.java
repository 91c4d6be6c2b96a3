package org.aashray.placements;

/** How a stay in a bed ended; only {@code EXIT} ends the resident's time in care. */
public enum EndKind { BED_MOVE, TRANSFER, EXIT }
