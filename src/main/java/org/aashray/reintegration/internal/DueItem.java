package org.aashray.reintegration.internal;

import java.time.LocalDate;

/**
 * Work that is due, for the workspace and the deadlines: no names, only ids. {@code assignee} is the
 * username or partner organisation responsible, if known.
 */
public record DueItem(Kind kind, long id, long residentId, long homeId, LocalDate dueOn, String assignee) {

    public enum Kind { VERIFICATION_OVERDUE, FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE, PERMIT_EXPIRING, FOLLOW_UP_CONCERN }
}
