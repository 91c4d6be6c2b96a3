package org.aashray.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.internal.ActionItem;
import org.aashray.inspections.internal.ActionItemRepository;
import org.aashray.inspections.internal.Inspection;
import org.aashray.inspections.internal.InspectionRepository;
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

    /** How far back a visit may be recorded: older visits are a typing slip, not a late entry. */
    static final int VISIT_YEARS_BACK = 5;
    /** How far ahead an action item may be due: it is followed up at the next inspections; year 9999 is a slip. */
    static final int ACTION_YEARS_AHEAD = 5;

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
    public InspectionRecord record(NewInspection in) {
        HomeSummary home = homes.summary(in.homeId()); // refuses homes outside the official's districts
        if (!currentUser.managesAllHomes() && !currentUser.districtIds().contains(home.districtId())) {
            throw new AccessDeniedException("Home " + in.homeId() + " is not in your districts");
        }
        check(in).throwIfAny();
        Inspection inspection = inspections.save(new Inspection(in.homeId(), in.visitDate(), in.inspectors().trim(),
                blankToNull(in.summary()), in.findings(), currentUser.username(), clock.instant()));
        for (NewInspection.NewAction a : in.actions()) {
            actions.save(new ActionItem(inspection.getId(), in.homeId(), a.description().trim(), a.owner().trim(), a.dueDate()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("visitDate", in.visitDate());
        after.put("inspectors", inspection.getInspectors());
        after.put("findings", in.findings().stream().map(f -> f.area() + "=" + f.rating()).toList());
        after.put("actions", in.actions().size());
        audit.recordChange("CREATE", "Inspection", inspection.getId(), in.homeId(),
                "Inspection of " + home.code() + " on " + in.visitDate(), null, after);
        return inspection.toRecord();
    }

    /** Inspections of the homes the caller works for or oversees, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InspectionRecord> inspections(Collection<Long> homeIds, int limit) {
        Set<Long> allowed = allowedHomes(homeIds);
        return allowed.isEmpty() ? List.of() : inspections.findByHomeIdInOrderByVisitDateDesc(allowed, PageRequest.of(0, limit))
                .stream().map(Inspection::toRecord).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemRecord> actionItems(Collection<Long> homeIds) {
        Set<Long> allowed = allowedHomes(homeIds);
        return allowed.isEmpty() ? List.of() : records(actions.findForHomes(allowed));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemRecord> actionItemsOf(long inspectionId) {
        Inspection inspection = inspections.findById(inspectionId).orElseThrow();
        if (allowedHomes(List.of(inspection.getHomeId())).isEmpty()) {
            throw new AccessDeniedException("No access to inspection " + inspectionId);
        }
        return records(actions.findByInspectionIdOrderByDueDate(inspectionId));
    }

    /** The home's care manager records what was done; the item is then closed. */
    @PreAuthorize("hasRole('CARE_MANAGER')")
    @Transactional
    public ActionItemRecord recordActionTaken(long actionId, long expectedVersion, String actionTaken) {
        ActionItem item = actions.findById(actionId).orElseThrow();
        currentUser.requireHome(item.getHomeId());
        new InputChecks().text("actionTaken", actionTaken, 2000, true).throwIfAny();
        OptimisticLock.requireVersion("Action item", item.getVersion(), expectedVersion);
        item.complete(actionTaken.trim(), LocalDate.now(clock), currentUser.username());
        OptimisticLock.write("Action item", actions::flush);
        audit.recordChange("UPDATE", "InspectionAction", actionId, item.getHomeId(), "Action taken recorded",
                Map.of("status", ActionStatus.OPEN), Map.of("status", ActionStatus.DONE, "actionTaken", item.getActionTaken()));
        return item.toRecord();
    }

    /** Open action items past their due date, for the alerts feature and dashboards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ActionItemRecord> overdueActions(LocalDate today) {
        Set<Long> accessible = homes.accessibleHomes().stream().map(HomeSummary::id).collect(Collectors.toSet());
        return actions.findOverdue(today).stream().filter(a -> accessible.contains(a.getHomeId())).map(ActionItem::toRecord).toList();
    }

    /** Open action items due on or before {@code by}, in all homes: for the alert rule (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<ActionItemRecord> actionsDueBy(LocalDate by) {
        return records(actions.findOverdue(by.plusDays(1)));
    }

    private static List<ActionItemRecord> records(List<ActionItem> items) {
        return items.stream().map(ActionItem::toRecord).toList();
    }

    private Set<Long> allowedHomes(Collection<Long> requested) {
        Set<Long> accessible = homes.accessibleHomes().stream().map(HomeSummary::id).collect(Collectors.toSet());
        return requested.stream().filter(accessible::contains).collect(Collectors.toSet());
    }

    private InputChecks check(NewInspection in) {
        LocalDate today = LocalDate.now(clock);
        LocalDate visit = in.visitDate();
        InputChecks checks = new InputChecks().required("visitDate", visit);
        if (visit != null) {
            // the visit's own messages say which way it is out of range, so not the general date range check
            checks.require(!visit.isAfter(today), "visitDate", "inspections.validation.visitInFuture");
            checks.require(!visit.isBefore(today.minusYears(VISIT_YEARS_BACK)), "visitDate", "inspections.validation.visitTooOld");
        }
        checks.text("inspectors", in.inspectors(), 300, true).maxLength("summary", in.summary(), 2000);
        EnumSet<InspectionArea> rated = EnumSet.noneOf(InspectionArea.class);
        for (Finding f : in.findings()) {
            String field = "finding." + f.area();
            if (f.rating() != null) rated.add(f.area());
            checks.maxLength(field, f.note(), 1000);
            checks.require(f.rating() != FindingRating.UNSATISFACTORY || f.note() != null && !f.note().isBlank(),
                    field, "inspections.validation.noteRequired");
        }
        for (InspectionArea area : InspectionArea.values()) {
            checks.require(rated.contains(area), "finding." + area, "inspections.validation.rateEveryArea");
        }
        // a due date is checked against the visit it came from; without one, against the oldest visit allowed
        LocalDate earliestDue = visit != null ? visit : today.minusYears(VISIT_YEARS_BACK);
        for (int i = 0; i < in.actions().size(); i++) {
            NewInspection.NewAction a = in.actions().get(i);
            String field = "action." + i + ".";
            checks.text(field + "description", a.description(), 1000, true)
                    .text(field + "owner", a.owner(), 120, true)
                    .required(field + "dueDate", a.dueDate())
                    .notBefore(field + "dueDate", a.dueDate(), visit, "inspections.validation.dueBeforeVisit");
            if (!checks.has(field + "dueDate")) {
                checks.within(field + "dueDate", a.dueDate(), earliestDue, today.plusYears(ACTION_YEARS_AHEAD));
            }
        }
        return checks;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
