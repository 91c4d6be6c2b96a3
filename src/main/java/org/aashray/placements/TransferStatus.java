package org.aashray.placements;

/** Where a request to transfer a resident to another home stands; only a pending one can still change. */
public enum TransferStatus {
    PENDING, ACCEPTED, DECLINED, WITHDRAWN
}
