package org.aashray.reintegration.internal;

import java.util.List;
import org.aashray.placements.ExitReason;

/**
 * The exit kinds the readiness gate guards, in the order screens show them. Which items each requires is data
 * ({@code reint_exit_gate_items}); repatriation is recorded by completing the handover instead, absconding is an
 * emergency and a death is no decision, so they are not here.
 */
public final class GatedExits {

    public static final List<ExitReason> KINDS = List.of(ExitReason.RESTORED_TO_FAMILY, ExitReason.INDEPENDENT_LIVING,
            ExitReason.TRANSFERRED_TO_ORGANISATION);

    private GatedExits() {
    }

    public static boolean gated(ExitReason reason) {
        return KINDS.contains(reason);
    }
}
