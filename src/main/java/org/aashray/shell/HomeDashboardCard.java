package org.aashray.shell;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.aashray.homes.HomeSummary;

/**
 * Extension point: a feature adds a few lines to each home's card on the staff dashboard (a Spring bean in
 * the feature's module). Return empty when the caller has nothing to see there.
 */
public interface HomeDashboardCard {

    Optional<Component> lines(HomeSummary home);
}
