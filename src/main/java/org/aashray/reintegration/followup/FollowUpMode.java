package org.aashray.reintegration.followup;

/** How the follow-up reached her. */
public enum FollowUpMode {
    VISIT, PHONE, THROUGH_PARTNER
}
