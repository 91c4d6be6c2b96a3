package org.aashray.reintegration;

import java.time.LocalDate;

/** A follow-up found a safety concern or signs of re-trafficking: alerts can raise an immediate alert from it. */
public record FollowUpConcernRaised(long residentId, long homeId, long followUpId, LocalDate on) {
}
