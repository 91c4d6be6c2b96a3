package org.aashray.residents.matching;

/**
 * An earlier stay that may be the woman at intake, as reception may see it: where and when she stayed, and the
 * case number to ask about. Nothing else: no name, photo, notes or address, since it may not be her.
 * {@code toYear} is null while that stay goes on.
 */
public record EarlierStayMatch(String caseNumber, String homeName, String district, int fromYear, Integer toYear) {
}
