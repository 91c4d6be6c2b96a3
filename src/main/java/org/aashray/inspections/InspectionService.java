package org.aashray.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials record inspections of the homes in their districts; the home's staff see the findings and
 * close the action items. Everything here is about the home, never about a resident.
 */
@Service
public class InspectionService {

    private final InspectionRepository inspections;
    private final ActionItemRepository actions;
    private final HomeService homes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, ActionItemRepository actions, HomeService homes,
                      CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.inspections = inspections;
        this.actions = actions;
        this.homes = homes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Homes the caller may inspect: a district official's district homes (ADMIN: all). */
    @PreAuthorize("hasAnyRole('DISTRICT_OFFICIAL','ADMIN')")
    @Transactional(readOnly = true)
    public List<HomeSummary> inspectableHomes() {
        return homes.accessibleHomes();
    }

    @PreAuthorize("hasAnyRole('DISTRICT_OFFICIAL','ADMIN')")
    @Transactional
    public Inspection record(NewInspection in) {
        HomeSummary home = homes.summary(in.homeId()); // refuses homes outside the official's districts
        if (!currentUser.seesAllHomes() && !currentUser.districtIds().contains(home.districtId())) {
            throw new AccessDeniedException("Home " + in.homeId() + " is not in your districts");
        }
        List<FieldError> errors = check(in);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Inspection inspection = inspections.save(new Inspection(in.homeId(), in.visitDate(), in.inspectors().trim(),
                blankToNull(in.summary()), in.findings(), currentUser.username(), clock.instant()));
        for (NewInspection.NewAction a : in.actions()) {
            actions.save(new ActionItem(inspection.getId(), in.homeId(), a.description().trim(), a.owner().trim(), a.dueDate()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("visitDate", in.visitDate());
        after.put("inspectors", inspection.getInspectors());
        after.put("findings", in.findings().stream().map(f -> f.getArea() + "=" + f.getRating()).toList());
        after.put("actions", in.actions().size());
        audit.recordChange("CREATE", "Inspection", inspection.getId(), in.homeId(),
                "Inspection of " + home.code() + " on " + in.visitDate(), null, after);
        return inspection;
    }

    /** Inspections of the homes the caller works for or oversees, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Inspection> inspections(Collection<Long> homeIds, int limit) {
        Set<Long> allowed = allowedHomes(homeIds);
        return allowed.isEmpty() ? List.of() : inspections.findByHomeIdInOrderByVisitDateDesc(allowed, PageRequest.of(0, limit));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItem> actionItems(Collection<Long> homeIds) {
        Set<Long> allowed = allowedHomes(homeIds);
        return allowed.isEmpty() ? List.of() : actions.findForHomes(allowed);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItem> actionItemsOf(long inspectionId) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow();
        if (allowedHomes(List.of(inspection.getHomeId())).isEmpty()) {
            throw new AccessDeniedException("No access to inspection " + inspectionId);
        }
        return actions.findByInspectionIdOrderByDueDate(inspectionId);
    }

    /** The home's care manager records what was done; the item is then closed. */
    @PreAuthorize("hasRole('CARE_MANAGER')")
    @Transactional
    public ActionItem recordActionTaken(long actionId, long expectedVersion, String actionTaken) {
        ActionItem item = actions.findById(actionId).orElseThrow();
        currentUser.requireHome(item.getHomeId());
        if (actionTaken == null || actionTaken.isBlank()) {
            throw new ValidationException("actionTaken", "validation.required");
        }
        if (actionTaken.length() > 2000) {
            throw new ValidationException("actionTaken", "validation.tooLong", 2000);
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Action item", null);
        }
        item.complete(actionTaken.trim(), LocalDate.now(clock), currentUser.username());
        actions.flush();
        audit.recordChange("UPDATE", "InspectionAction", actionId, item.getHomeId(), "Action taken recorded",
                Map.of("status", ActionStatus.OPEN), Map.of("status", ActionStatus.DONE, "actionTaken", item.getActionTaken()));
        return item;
    }

    /** Open action items past their due date, for the alerts feature and dashboards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItem> overdueActions(LocalDate today) {
        Set<Long> accessible = homes.accessibleHomes().stream().map(HomeSummary::id).collect(Collectors.toSet());
        return actions.findOverdue(today).stream().filter(a -> accessible.contains(a.getHomeId())).toList();
    }

    /** Open action items due on or before {@code by}, in all homes: for the alert rule (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<ActionItem> actionsDueBy(LocalDate by) {
        return actions.findOverdue(by.plusDays(1));
    }

    private Set<Long> allowedHomes(Collection<Long> requested) {
        Set<Long> accessible = homes.accessibleHomes().stream().map(HomeSummary::id).collect(Collectors.toSet());
        return requested.stream().filter(accessible::contains).collect(Collectors.toSet());
    }

    private List<FieldError> check(NewInspection in) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (in.visitDate() == null) {
            errors.add(new FieldError("visitDate", "validation.required"));
        } else if (in.visitDate().isAfter(today)) {
            errors.add(new FieldError("visitDate", "inspections.validation.visitInFuture"));
        } else if (in.visitDate().isBefore(today.minusYears(5))) {
            errors.add(new FieldError("visitDate", "inspections.validation.visitTooOld"));
        }
        if (in.inspectors() == null || in.inspectors().isBlank()) {
            errors.add(new FieldError("inspectors", "validation.required"));
        } else if (in.inspectors().length() > 300) {
            errors.add(new FieldError("inspectors", "validation.tooLong", 300));
        }
        if (in.summary() != null && in.summary().length() > 2000) {
            errors.add(new FieldError("summary", "validation.tooLong", 2000));
        }
        EnumSet<InspectionArea> rated = EnumSet.noneOf(InspectionArea.class);
        for (Finding f : in.findings()) {
            if (f.getRating() != null) rated.add(f.getArea());
            if (f.getNote() != null && f.getNote().length() > 1000) {
                errors.add(new FieldError("finding." + f.getArea(), "validation.tooLong", 1000));
            }
            if (f.getRating() == FindingRating.UNSATISFACTORY && (f.getNote() == null || f.getNote().isBlank())) {
                errors.add(new FieldError("finding." + f.getArea(), "inspections.validation.noteRequired"));
            }
        }
        for (InspectionArea area : InspectionArea.values()) {
            if (!rated.contains(area)) errors.add(new FieldError("finding." + area, "inspections.validation.rateEveryArea"));
        }
        for (int i = 0; i < in.actions().size(); i++) {
            NewInspection.NewAction a = in.actions().get(i);
            if (a.description() == null || a.description().isBlank()) errors.add(new FieldError("action." + i + ".description", "validation.required"));
            else if (a.description().length() > 1000) errors.add(new FieldError("action." + i + ".description", "validation.tooLong", 1000));
            if (a.owner() == null || a.owner().isBlank()) errors.add(new FieldError("action." + i + ".owner", "validation.required"));
            else if (a.owner().length() > 120) errors.add(new FieldError("action." + i + ".owner", "validation.tooLong", 120));
            if (a.dueDate() == null) errors.add(new FieldError("action." + i + ".dueDate", "validation.required"));
            else if (in.visitDate() != null && a.dueDate().isBefore(in.visitDate())) {
                errors.add(new FieldError("action." + i + ".dueDate", "inspections.validation.dueBeforeVisit"));
            } else if (a.dueDate().isAfter(today.plusYears(ACTION_YEARS_AHEAD))) {
                // an action item is followed up at the next inspections; year 9999 is a typing slip
                errors.add(new FieldError("action." + i + ".dueDate", "validation.dateRange",
                        in.visitDate() == null ? today : in.visitDate(), today.plusYears(ACTION_YEARS_AHEAD)));
            }
        }
        return errors;
    }

    /** How far ahead an action item may be due. */
    static final int ACTION_YEARS_AHEAD = 5;

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
