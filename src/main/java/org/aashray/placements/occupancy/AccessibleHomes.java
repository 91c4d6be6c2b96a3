package org.aashray.placements.occupancy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.HomeType;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The homes a figure is asked for, with type and in-service beds, after checking the caller may see each of them:
 * staff their homes, district officials their districts' homes. Beds are counted from the homes feature's tables
 * in the same query (read only).
 */
@Component
public class AccessibleHomes {

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AccessibleHomes(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** The homes by id, in id order; refused as a whole if the caller may not see one of them. */
    Map<Long, HomeSummary> of(Collection<Long> homeIds) {
        Map<Long, HomeSummary> chosen = new LinkedHashMap<>();
        if (homeIds.isEmpty()) return chosen;
        // one query for the homes asked for (not all homes the caller may see: an administrator sees hundreds)
        jdbc.query("""
                select h.id, h.home_type, h.district_id,
                  (select count(*) from beds b join rooms r on r.id = b.room_id where r.home_id = h.id and b.status = 'AVAILABLE')
                from homes h where h.id in (:homes) order by h.id""", params(Set.copyOf(homeIds)), rs -> {
            long id = rs.getLong(1);
            long district = rs.getLong(3);
            if (!currentUser.mayAccessHome(id) && !(currentUser.has(Role.DISTRICT_OFFICIAL) && currentUser.mayAccessDistrict(district))) {
                throw new AccessDeniedException("No access to home " + id);
            }
            chosen.put(id, new HomeSummary(id, null, null, HomeType.valueOf(rs.getString(2)), null, district, null,
                    rs.getLong(4), null, true));
        });
        if (chosen.size() != Set.copyOf(homeIds).size()) throw new AccessDeniedException("No such home in " + homeIds);
        return chosen;
    }

    static MapSqlParameterSource params(Collection<Long> homeIds) {
        return new MapSqlParameterSource("homes", homeIds);
    }
}
