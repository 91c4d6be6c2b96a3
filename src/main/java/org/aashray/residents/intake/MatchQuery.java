package org.aashray.residents.intake;

import java.time.LocalDate;
import org.aashray.residents.Gender;

/** What intake knows so far, to look for an earlier stay of the same person in any home. */
public record MatchQuery(String name, String alias, Integer approximateAge, LocalDate birthDate, Gender gender,
                         String origin, String documentNumber) {
}
