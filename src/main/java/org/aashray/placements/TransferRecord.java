package org.aashray.placements;

import java.time.LocalDate;
import org.aashray.residents.Gender;

/**
 * A transfer request as the sending or receiving home sees it. {@code name}, {@code age} and {@code gender} are
 * given while the request is pending (the receiving home decides on them) and to the home she lives in; once she
 * has gone, the sending home keeps only the case number and where she went on which day.
 */
public record TransferRecord(long id, long residentId, String caseNumber, String name, Integer age, Gender gender,
                             long fromHomeId, String fromHome, long toHomeId, String toHome, String reason,
                             String orderNumber, LocalDate orderDate, TransferStatus status, LocalDate requestedOn,
                             String requestedBy, String declineReason, LocalDate transferredOn, long version) {

    public boolean pending() {
        return status == TransferStatus.PENDING;
    }
}
