package org.aashray.reintegration;

/** The state of one readiness item. */
public enum Answer {
    MET, NOT_MET, NOT_APPLICABLE
}
