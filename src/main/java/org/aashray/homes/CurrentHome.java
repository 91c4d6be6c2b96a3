package org.aashray.homes;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The home a member of staff is working in right now, chosen with the home switcher in the header and
 * remembered for the browser session. Staff of one home never have to choose.
 */
@Component
public class CurrentHome {

    private static final String ATTRIBUTE = CurrentHome.class.getName();

    private final HomeService homes;

    CurrentHome(HomeService homes) {
        this.homes = homes;
    }

    public Optional<HomeSummary> get() {
        List<HomeSummary> accessible = homes.accessibleHomes();
        if (accessible.isEmpty()) {
            return Optional.empty();
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
        return accessible.stream().filter(h -> chosen != null && h.id() == (Long) chosen).findFirst()
                .or(() -> Optional.of(accessible.getFirst()));
    }

    public void select(long homeId) {
        if (homes.accessibleHomes().stream().noneMatch(h -> h.id() == homeId)) {
            throw new org.springframework.security.access.AccessDeniedException("No access to home " + homeId);
        }
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, homeId);
    }
}
