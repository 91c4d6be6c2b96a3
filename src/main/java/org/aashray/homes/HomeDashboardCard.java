package org.aashray.homes;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Plug-in: a feature adds a few lines to each home's card on the staff dashboard (a Spring bean in
 * the feature's module). Return empty when the caller has nothing to see there.
 */
public interface HomeDashboardCard {

    Optional<Component> lines(HomeSummary home);
}
