package org.aashray.reintegration.followup;

import java.time.LocalDate;

/** What a follow-up found; {@code raiseConcern} flags the resident at once for re-referral. */
public record FollowUpVisit(LocalDate date, FollowUpMode mode, String peopleMet, String wellbeing, String schoolingOrWork,
                            String safetyConcerns, String retraffickingSigns, String nextAction, boolean raiseConcern) {
}
