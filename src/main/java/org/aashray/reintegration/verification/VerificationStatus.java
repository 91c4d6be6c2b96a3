package org.aashray.reintegration.verification;

/** A home verification is pending until the visit is recorded, or cancelled with a reason. */
public enum VerificationStatus {
    PENDING, DONE, CANCELLED
}
