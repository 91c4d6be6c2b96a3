package org.aashray.reintegration.verification;

/** Where a survivor may go: her family, a guardian, or another place (e.g. a shelter in the source area). */
public enum DestinationKind {
    FAMILY, GUARDIAN, OTHER
}
