package org.aashray.reintegration.followup;

/** A follow-up is open until it is done or closed with a reason; open ones past their grace period are overdue. */
public enum FollowUpStatus {
    OPEN, DONE, CLOSED
}
