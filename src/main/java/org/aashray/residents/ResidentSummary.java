package org.aashray.residents;

import java.time.LocalDate;
import java.time.Period;

/** What lists and other features need to know about a resident (no contact details, no case details). */
public record ResidentSummary(long id, long homeId, String caseNumber, String name, String alias, Gender gender,
                              LocalDate birthDate, ResidentStatus status, LocalDate admittedOn,
                              TraffickingForm traffickingForm, String origin, boolean minor, boolean pregnant,
                              boolean injuredOrIll, boolean withChildren, boolean securityThreat,
                              boolean consentRecorded, boolean possibleRetrafficking, Long motherId, long version) {

    public int age(LocalDate today) {
        return Period.between(birthDate, today).getYears();
    }
}
