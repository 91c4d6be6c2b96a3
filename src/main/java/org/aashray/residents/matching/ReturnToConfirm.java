package org.aashray.residents.matching;

import java.time.LocalDate;

/**
 * A request the earlier home's care manager decides: her own former resident (name and case number: her record),
 * and what she needs to compare of the woman who arrived elsewhere (name as typed, age, origin, where).
 */
public record ReturnToConfirm(long requestId, long version, String earlierCaseNumber, String earlierName,
                              String newCaseNumber, String newName, int newAge, String newOrigin, String askingHome,
                              String askingDistrict, LocalDate askedOn) {
}
