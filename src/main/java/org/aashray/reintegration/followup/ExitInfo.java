package org.aashray.reintegration.followup;

import java.time.LocalDate;
import org.aashray.placements.ExitReason;

/** An exit being followed up: where she went and who is responsible there (a partner or a member of staff). */
public record ExitInfo(long id, long residentId, ExitReason reason, LocalDate date, String destination,
                       String responsiblePartner, String responsibleUsername, long version) {

    static ExitInfo of(ReintegrationExit e) {
        return new ExitInfo(e.getId(), e.getResidentId(), e.getExitReason(), e.getExitDate(), e.getDestination(),
                e.getResponsiblePartner(), e.getResponsibleUsername(), e.getVersion());
    }
}
