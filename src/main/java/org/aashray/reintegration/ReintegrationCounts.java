package org.aashray.reintegration;

/**
 * One home's reintegration figures today, counts only (for dashboards and district reports). The three stages
 * divide the residents in care: {@code inCare} is those with neither a pending verification nor a ready check.
 */
public record ReintegrationCounts(long homeId, long inCare, long verificationPending, long ready,
                                  long overdueVerifications, long overdueFollowUps) {

    public long residentsInCare() {
        return inCare + verificationPending + ready;
    }
}
