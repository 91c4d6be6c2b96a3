package org.aashray.alerts;

/** How urgent a rule's alerts are; the inbox sorts the highest rank first. */
public enum AlertSeverity {
    INFO(1), WARNING(2), URGENT(3);

    private final int rank;

    AlertSeverity(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
