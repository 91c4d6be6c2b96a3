package org.aashray.placements.occupancy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The homes a figure is asked for, with type and capacity, after checking the caller may see each of them: staff
 * their homes, district officials their districts' homes. Capacity is the homes feature's (its in-service beds),
 * counted there once for every screen and report.
 */
@Component
public class AccessibleHomes {

    private final HomeService homes;

    AccessibleHomes(HomeService homes) {
        this.homes = homes;
    }

    /** The homes by id, in id order; refused as a whole if the caller may not see one of them. */
    Map<Long, HomeSummary> of(Collection<Long> homeIds) {
        Map<Long, HomeSummary> chosen = new LinkedHashMap<>();
        homes.summaries(homeIds).forEach(h -> chosen.put(h.id(), h));
        return chosen;
    }

    static MapSqlParameterSource params(Collection<Long> homeIds) {
        return new MapSqlParameterSource("homes", homeIds);
    }
}
