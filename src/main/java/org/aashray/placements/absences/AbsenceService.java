package org.aashray.placements.absences;

import static org.aashray.placements.internal.PlacementChecks.clean;
import static org.aashray.placements.internal.PlacementChecks.notBefore;
import static org.aashray.placements.internal.PlacementChecks.pastDate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.base.i18n.DateFormats;
import org.aashray.placements.internal.Placement;
import org.aashray.placements.internal.PlacementChecks;
import org.aashray.placements.internal.PlacementDue;
import org.aashray.placements.internal.PlacementRepository;
import org.aashray.placements.internal.PlacementRoles;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Time away from the home (hospital, court, a home visit): her bed stays hers until she is back. */
@Service
public class AbsenceService {

    private final AbsenceRepository absences;
    private final PlacementRepository placements;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AbsenceService(AbsenceRepository absences, PlacementRepository placements, CurrentUser currentUser, AuditLog audit,
                   Clock clock) {
        this.absences = absences;
        this.placements = placements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A resident leaves for a while (hospital, court, home visit); her bed stays hers. */
    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public void startAbsence(long residentId, AbsenceKind kind, LocalDate leftOn, LocalDate expectedReturn, String note) {
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks().required("kind", kind);
        pastDate(checks, "leftOn", leftOn, today);
        PlacementChecks.expectedReturn(checks, leftOn, expectedReturn, today);
        checks.maxLength("note", clean(note), 300).throwIfAny();
        Placement current = placements.findOpen(residentId)
                .orElseThrow(() -> new ValidationException("resident", "placements.validation.notPlaced"));
        currentUser.requireHome(current.getHomeId());
        notBefore(checks, "leftOn", leftOn, current.getStartDate(), "placements.validation.beforeCurrentStay");
        checks.require(absences.findOpen(current.getId()).isEmpty(), "kind", "placements.validation.alreadyAway").throwIfAny();
        Absence a = absences.saveAndFlush(new Absence(current.getId(), residentId, current.getHomeId(), kind, leftOn,
                expectedReturn, clean(note)));
        audit.recordChange("CREATE", "Absence", a.getId(), a.getHomeId(), "Away: " + kind + " until " + DateFormats.date(expectedReturn),
                null, Map.of("kind", kind, "leftOn", leftOn, "expectedReturn", expectedReturn));
    }

    @PreAuthorize(PlacementRoles.PLACE)
    @Transactional
    public void recordReturn(long absenceId, long expectedVersion, LocalDate returnedOn) {
        Absence a = absences.findById(absenceId).orElseThrow();
        currentUser.requireHome(a.getHomeId());
        OptimisticLock.requireVersion("Absence", a.getVersion(), expectedVersion);
        InputChecks checks = new InputChecks();
        pastDate(checks, "returnedOn", returnedOn, LocalDate.now(clock));
        notBefore(checks, "returnedOn", returnedOn, a.getLeftOn(), "placements.validation.returnBeforeLeaving");
        checks.throwIfAny();
        a.setReturnedOn(returnedOn);
        OptimisticLock.write("Absence", absences::flush);
        audit.recordChange("UPDATE", "Absence", a.getId(), a.getHomeId(), "Returned on " + DateFormats.date(returnedOn),
                Map.of("returnedOn", ""), Map.of("returnedOn", returnedOn));
    }

    /**
     * Absences (hospital, court, home visit) not yet returned from whose expected return is on or before {@code by},
     * for the overdue-return alert, which the application runs by itself across all homes: a range scan on the
     * (not returned, expected return) index, so the cost follows the absences found.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<PlacementDue> absencesDueBackBy(LocalDate by) {
        return absences.openDueBackBy(by).stream()
                .map(a -> new PlacementDue(a.getId(), a.getResidentId(), a.getHomeId(), a.getExpectedReturn())).toList();
    }
}
