package org.aashray.residents;

import java.time.LocalDate;

/** Events other features may listen to with {@code @ApplicationModuleListener}. */
public final class ResidentEvents {

    private ResidentEvents() {
    }

    public record ResidentAdmitted(long residentId, long homeId, String caseNumber, LocalDate admittedOn, boolean minor) {
    }

    public record ResidentStatusChanged(long residentId, long homeId, ResidentStatus from, ResidentStatus to, LocalDate on) {
    }
}
