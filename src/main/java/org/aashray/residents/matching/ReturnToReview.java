package org.aashray.residents.matching;

import java.time.LocalDate;

/**
 * A confirmed return the caller's home has still to review (her safety plan, the people around her): the stay in
 * the caller's home, and the other home of the link.
 */
public record ReturnToReview(long requestId, long residentId, String caseNumber, String otherHome, String otherDistrict,
                             LocalDate confirmedOn) {
}
