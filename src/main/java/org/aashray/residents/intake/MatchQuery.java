package org.aashray.residents.intake;

import java.time.LocalDate;

/** What intake knows so far, to look for an earlier stay of the same person. */
public record MatchQuery(String name, String alias, Integer approximateAge, LocalDate birthDate, String origin,
                         String documentNumber) {
}
