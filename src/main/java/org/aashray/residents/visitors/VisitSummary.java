package org.aashray.residents.visitors;

import java.time.Instant;

/** A line of the visitor register, with the resident's case number and name for reception. */
public record VisitSummary(long id, long homeId, long residentId, String caseNumber, String residentName, String visitorName,
                           String relation, VisitPurpose purpose, String officerName, String policeStation, String idSeen,
                           Instant timeIn, Instant timeOut, boolean noContactMatch) {
}
