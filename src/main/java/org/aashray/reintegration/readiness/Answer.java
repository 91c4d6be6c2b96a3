package org.aashray.reintegration.readiness;

/** The state of one readiness item. */
public enum Answer {
    MET, NOT_MET, NOT_APPLICABLE
}
