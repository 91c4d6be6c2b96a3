package org.aashray.residents.matching;

/** Where a request to an earlier home stands: waiting for its care manager, confirmed (linked) or declined. */
public enum ReturnStatus {
    PENDING, CONFIRMED, DECLINED
}
