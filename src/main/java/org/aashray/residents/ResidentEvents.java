package org.aashray.residents;

import java.time.LocalDate;

/**
 * Events other features may listen to with {@code @ApplicationModuleListener}. Only events someone listens to are
 * published: care plans and medical start their admission work on {@link ResidentAdmitted}.
 */
public final class ResidentEvents {

    private ResidentEvents() {
    }

    public record ResidentAdmitted(long residentId, long homeId, String caseNumber, LocalDate admittedOn, boolean minor) {
    }
}
