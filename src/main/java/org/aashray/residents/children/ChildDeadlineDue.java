package org.aashray.residents.children;

import java.time.LocalDate;

/**
 * A child's deadline for the alert rules, no name: {@code from} is the rescue or admission day, or the due day
 * once the service has added the deadline.
 */
public record ChildDeadlineDue(long residentId, long homeId, String caseNumber, LocalDate from) {

    ChildDeadlineDue plusDays(int days) {
        return new ChildDeadlineDue(residentId, homeId, caseNumber, from.plusDays(days));
    }
}
