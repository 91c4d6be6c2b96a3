package org.aashray.residents.casework;

import java.time.LocalDate;

/** A court hearing coming up (or passed without the next date recorded), for the hearing alert: no name. */
public record HearingDue(long residentId, long homeId, String caseNumber, LocalDate hearingOn) {
}
