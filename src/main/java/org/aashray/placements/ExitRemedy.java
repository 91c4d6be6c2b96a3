package org.aashray.placements;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Extension point for the exit dialog: when an exit is refused (by an {@link ExitGuard}), the feature behind the
 * refusal may offer, next to it, what the person can do about it there: a link to where the refusal is lifted, or
 * the action that lifts it. Implement it as a Spring bean in the feature's {@code ui}; the dialog shows what it is
 * given under its fields and knows nothing of the feature (reintegration offers its readiness override here).
 */
public interface ExitRemedy {

    /**
     * What to offer now that {@code refused} was refused, or nothing when the refusal is not this feature's or the
     * caller may not lift it. Run {@code lifted} once the refusal is lifted: the dialog then takes the offer away
     * and says that the exit can be recorded.
     */
    Optional<Component> offer(ExitRequest refused, Runnable lifted);
}
