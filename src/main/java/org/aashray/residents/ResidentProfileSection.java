package org.aashray.residents;

import com.vaadin.flow.component.Component;

/**
 * A tab another feature adds to the resident profile. Implement it as a Spring bean in your module; the
 * profile shows the tab when {@link #isVisible()} says so (check the caller's roles there) and builds its
 * content lazily when the tab is opened. {@link #key()} replaces the residents feature's placeholder tab of
 * the same key: {@code placements}, {@code counselling}, {@code medical}, {@code training},
 * {@code reintegration}.
 */
public interface ResidentProfileSection {

    String key();

    /** Translation key of the tab's title. */
    String titleKey();

    /** Tabs are shown in ascending order; the residents feature's own tabs use 10 to 50. */
    int order();

    default boolean isVisible() {
        return true;
    }

    /** The tab's content for this resident; the caller has already been checked to see the resident. */
    Component create(ResidentSummary resident);
}
