package org.aashray.placements;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement deadlines for the alert rules, which the application runs by itself across all homes: range scans
 * on (not ended, due date) indexes, so the cost follows the items found.
 */
@Service
public class PlacementDeadlines {

    private final PlacementRepository placements;
    private final AbsenceRepository absences;

    PlacementDeadlines(PlacementRepository placements, AbsenceRepository absences) {
        this.placements = placements;
        this.absences = absences;
    }

    /** Current stays whose expected end (admission plus the home type's stay limit) is on or before {@code by}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<PlacementDue> staysEndingBy(LocalDate by) {
        return placements.openEndingBy(by).stream()
                .map(p -> new PlacementDue(p.getId(), p.getResidentId(), p.getHomeId(), p.getExpectedEnd())).toList();
    }

    /** Absences (hospital, court, home visit) not yet returned from whose expected return is on or before {@code by}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<PlacementDue> absencesDueBackBy(LocalDate by) {
        return absences.openDueBackBy(by).stream()
                .map(a -> new PlacementDue(a.getId(), a.getResidentId(), a.getHomeId(), a.getExpectedReturn())).toList();
    }
}
