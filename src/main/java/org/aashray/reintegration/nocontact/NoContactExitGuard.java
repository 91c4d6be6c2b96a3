package org.aashray.reintegration.nocontact;

import java.util.List;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.placements.ExitGuard;
import org.aashray.placements.ExitRequest;
import org.springframework.stereotype.Component;

/**
 * Refuses an exit when the person she is released to, their number or where she goes matches her no-contact list.
 * Absconding and a death release her to nobody, so they are not gated.
 */
@Component
class NoContactExitGuard implements ExitGuard {

    private final NoContactGate gate;

    NoContactExitGuard(NoContactGate gate) {
        this.gate = gate;
    }

    @Override
    public List<FieldError> objections(long residentId, long homeId, ExitRequest exit) {
        if (exit.reason() == null || !exit.reason().needsDestination()) return List.of();
        return gate.objections(residentId, NoContactStep.EXIT, NoContactGate.recorded(exit));
    }
}
