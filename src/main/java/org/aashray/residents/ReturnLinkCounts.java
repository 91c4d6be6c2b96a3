package org.aashray.residents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.aashray.homes.HomeService;
import org.aashray.residents.matching.ReturnLinkQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of returning survivors for reports: how many arrivals were confirmed by an earlier home as the same
 * person (a possible re-trafficking), counted at the home she returned to. Counts only, never who.
 */
@Service
public class ReturnLinkCounts {

    private final ReturnLinkQueries queries;
    private final HomeService homes;

    ReturnLinkCounts(ReturnLinkQueries queries, HomeService homes) {
        this.queries = queries;
        this.homes = homes;
    }

    /**
     * Per home asked for, the returns confirmed from {@code from} to {@code to} (both included). The homes are checked
     * as for any home figure: staff their homes, officials their districts' homes.
     */
    @PreAuthorize("hasAnyRole('DISTRICT_OFFICIAL','CARE_MANAGER','ADMIN','SYSTEM')")
    @Transactional(readOnly = true)
    public Map<Long, Long> confirmedByHome(Collection<Long> homeIds, LocalDate from, LocalDate to) {
        if (homeIds.isEmpty()) return Map.of();
        homes.summaries(homeIds);
        Map<Long, Long> out = new HashMap<>();
        homeIds.forEach(id -> out.put(id, 0L));
        out.putAll(queries.confirmedByHome(homeIds, from, to));
        return out;
    }
}
