package org.aashray.careplans;

import java.time.LocalDate;

/** A plan that is due (not yet agreed) or whose review is due; {@code date} is the due date. */
public record CarePlanDue(long planId, long homeId, long residentId, String residentName, String caseNumber, Kind kind,
                          LocalDate date, boolean overdue) {

    public enum Kind { PLAN, REVIEW }
}
