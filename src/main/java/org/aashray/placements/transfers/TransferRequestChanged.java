package org.aashray.placements.transfers;

/** A transfer request was made or answered: the receiving home's alert follows at once, not at the nightly run. */
record TransferRequestChanged(long transferId) {
}
