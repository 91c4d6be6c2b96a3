package org.aashray.placements;

import java.util.List;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.stereotype.Component;

/** Stands in for reintegration's readiness gate in tests: refuses exits whose note carries {@link #VETO}. */
@Component
class TestExitGuard implements ExitGuard {

    static final String VETO = "readiness-not-passed (test)";

    @Override
    public List<FieldError> objections(long residentId, long homeId, ExitRequest exit) {
        return VETO.equals(exit.note()) && exit.reason() == ExitReason.RESTORED_TO_FAMILY
                ? List.of(new FieldError("reason", "placements.validation.reasonRequired")) : List.of();
    }
}
