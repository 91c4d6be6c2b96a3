package org.aashray.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.alerts.internal.Alert;
import org.aashray.alerts.internal.AlertComment;
import org.aashray.alerts.internal.AlertCommentRepository;
import org.aashray.alerts.internal.AlertRepository;
import org.aashray.alerts.internal.AlertRuleRegistry;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.RequestMemo;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.aashray.security.HomeStaffDirectory;
import org.aashray.security.HomeStaffDirectory.StaffMember;
import org.aashray.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts a person may see and work on. Staff see their homes' alerts for their role and those assigned
 * to them; care managers all alerts of their homes. ADMIN, who manages structure and never survivors, sees and
 * works on the alerts of structure rules only ({@link AlertSubject#STRUCTURE}: a home's licence, an inspection's
 * action item), in every home; an alert about a resident is to her as an id that does not exist. District officials
 * never see an alert, only per-home counts of those escalated to the district.
 */
@Service
public class AlertInbox {

    private static final String MEMO = "alerts.escalated:";
    private static final int EARLIER_SHOWN = 5;

    private static final Sort ORDER = Sort.by(Sort.Order.desc("severityRank"), Sort.Order.asc("dueDate"),
            Sort.Order.asc("id"));
    private static final Role[] STAFF = {Role.RECEPTION, Role.COUNSELLOR, Role.MEDICAL, Role.TRAINER, Role.CARE_MANAGER,
            Role.ADMIN};

    private final AlertRepository alerts;
    private final AlertCommentRepository comments;
    private final AlertRuleRegistry rules;
    private final HomeService homes;
    private final HomeStaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AlertInbox(AlertRepository alerts, AlertCommentRepository comments, AlertRuleRegistry rules, HomeService homes,
               HomeStaffDirectory staff, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.alerts = alerts;
        this.rules = rules;
        this.comments = comments;
        this.homes = homes;
        this.staff = staff;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open alerts the caller may see, by severity and then due date. */
    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<AlertItem> list(Pageable pageable) {
        Scope s = scope();
        Pageable sorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), ORDER);
        Map<Long, String> homeNames = homeNames();
        return alerts.visible(s.allHomes, s.homes, s.everything, s.roles, s.me, s.anyRule, s.rules, sorted).stream()
                .map(a -> toItem(a, homeNames)).toList();
    }

    /** The number on the bell: open alerts for staff; for district officials, escalated ones (a count only). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long bellCount() {
        if (isOfficialOnly()) {
            List<Long> mine = homes.accessibleHomes().stream().map(HomeSummary::id).toList();
            return escalatedByHome(mine).values().stream().mapToLong(Long::longValue).sum(); // a district-wide total: no home, no person
        }
        Scope s = scope();
        return alerts.countVisible(s.allHomes, s.homes, s.everything, s.roles, s.me, s.anyRule, s.rules);
    }

    /** Overdue alerts for the dashboard card; district officials get the escalated count. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long overdueCount() {
        if (isOfficialOnly()) {
            return bellCount();
        }
        Scope s = scope();
        return alerts.countVisibleOverdue(s.allHomes, s.homes, s.everything, s.roles, s.me, s.anyRule,
                s.rules);
    }

    /** For district officials (and ADMIN): per home of their districts, alerts escalated to the district. */
    @PreAuthorize("hasAnyRole('DISTRICT_OFFICIAL','ADMIN')")
    @Transactional(readOnly = true)
    public List<HomeAlertCount> escalatedCounts() {
        List<HomeSummary> mine = homes.accessibleHomes();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = escalatedByHome(mine.stream().map(HomeSummary::id).toList());
        return mine.stream().map(h -> {
            long n = counts.getOrDefault(h.id(), 0L);
            boolean suppressed = n > 0 && n < HomeAlertCount.SUPPRESS_BELOW;
            return new HomeAlertCount(h.id(), h.name(), h.districtName(), suppressed ? 0 : n, suppressed);
        }).toList();
    }

    /**
     * An official's dashboard asks for these counts three times in one click (bell, overdue card, escalated
     * card): once per request is enough.
     */
    private Map<Long, Long> escalatedByHome(List<Long> homeIds) {
        if (homeIds.isEmpty()) return Map.of();
        return RequestMemo.get(MEMO + homeIds, () -> alerts.escalatedCountsByHome(homeIds, AlertItem.DISTRICT_LEVEL)
                .stream().collect(Collectors.toUnmodifiableMap(r -> (Long) r[0], r -> (Long) r[1])));
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public AlertItem get(long id) {
        return toItem(load(id), homeNames());
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<AlertNote> comments(long id) {
        load(id);
        return alerts.comments(id).stream().map(c -> new AlertNote(c.getAuthor(), c.getWrittenAt(), c.getText())).toList();
    }

    /**
     * The hand resolutions of the same item before this alert, newest first: who resolved it, when and why. An
     * alert resolved by hand while its item is still due comes back at the next run, pointing to the one resolved.
     */
    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<AlertNote> earlierResolutions(long id) {
        List<AlertNote> earlier = new ArrayList<>();
        Long previous = load(id).getPreviousAlertId();
        while (previous != null && earlier.size() < EARLIER_SHOWN) {
            Alert before = alerts.findById(previous).orElse(null);
            if (before == null || !"MANUAL".equals(before.getResolution())) {
                break;
            }
            earlier.add(new AlertNote(before.getResolvedBy(), before.getResolvedAt(), before.getResolutionReason()));
            previous = before.getPreviousAlertId();
        }
        return earlier;
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional
    public void acknowledge(long id) {
        Alert alert = loadOpen(id);
        if (alert.getStatus() == AlertStatus.OPEN) {
            alert.acknowledge(currentUser.require().getUsername(), clock.instant());
            audit.recordChange("ACKNOWLEDGE", "Alert", id, alert.getHomeId(), "Alert acknowledged",
                    Map.of("status", AlertStatus.OPEN), Map.of("status", AlertStatus.ACKNOWLEDGED));
        }
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffMember> colleaguesFor(long id) {
        return staff.staffOf(load(id).getHomeId());
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional
    public void assign(long id, long colleagueId) {
        Alert alert = loadOpen(id);
        StaffMember colleague = staff.staffOf(alert.getHomeId()).stream()
                .filter(c -> c.id() == colleagueId).findFirst()
                .orElseThrow(() -> new ValidationException("assignee", "alerts.validation.assignee"));
        String before = alert.getAssigneeName();
        alert.assign(colleague.id(), colleague.displayName(), clock.instant());
        audit.recordChange("ASSIGN", "Alert", id, alert.getHomeId(), "Alert assigned",
                before == null ? Map.of() : Map.of("assignee", before), Map.of("assignee", colleague.displayName()));
    }

    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional
    public void comment(long id, String text) {
        Alert alert = load(id);
        String clean = requireText("comment", text, 1000);
        comments.save(new AlertComment(id, currentUser.require().displayName(), clock.instant(), clean));
        audit.recordChange("COMMENT", "Alert", id, alert.getHomeId(), "Comment on alert", null, Map.of("comment", clean));
    }

    /**
     * Closes the alert by hand, with a reason. It does not change the item: while the rule still finds the item due,
     * the next run raises a new alert pointing to this one.
     */
    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','ADMIN')")
    @Transactional
    public void resolve(long id, String reason) {
        String clean = requireText("reason", reason, 500);
        Alert alert = loadOpen(id);
        AlertStatus before = alert.getStatus();
        alert.resolveManually(currentUser.require().getUsername(), clean, clock.instant());
        audit.recordChange("RESOLVE", "Alert", id, alert.getHomeId(), "Alert resolved by hand",
                Map.of("status", before), Map.of("status", AlertStatus.RESOLVED, "reason", clean));
        RequestMemo.forget(MEMO);
    }

    private static String requireText(String field, String text, int max) {
        new InputChecks().text(field, text, max, true).throwIfAny();
        return text.trim();
    }

    private Alert loadOpen(long id) {
        Alert alert = load(id);
        if (alert.getStatus() == AlertStatus.RESOLVED) {
            throw new ValidationException("status", "alerts.validation.alreadyResolved");
        }
        return alert;
    }

    /** Loads an alert the caller may see; any other id looks the same as a missing one. */
    private Alert load(long id) {
        Alert alert = alerts.findById(id).orElseThrow(() -> new AccessDeniedException("No alert " + id));
        Scope s = scope();
        boolean home = s.allHomes || s.homes.contains(alert.getHomeId());
        boolean mine = s.everything || s.roles.contains(alert.getAlertedRole())
                || (alert.getAssigneeId() != null && alert.getAssigneeId() == s.me);
        if (!home || !mine || !(s.anyRule || s.rules.contains(alert.getRuleKey()))) {
            throw new AccessDeniedException("No alert " + id);
        }
        return alert;
    }

    private boolean isOfficialOnly() {
        return currentUser.has(Role.DISTRICT_OFFICIAL) && Arrays.stream(STAFF).noneMatch(currentUser::has);
    }

    /** {@code anyRule} false: only the alerts of {@code rules}. */
    private record Scope(boolean allHomes, Collection<Long> homes, boolean everything, Set<Role> roles, long me,
                         boolean anyRule, Collection<String> rules) {
    }

    private Scope scope() {
        AashrayUser user = currentUser.get().orElse(null);
        long me = user == null ? -1 : user.id();
        if (currentUser.has(Role.ADMIN) && !currentUser.isSystem()) {
            return new Scope(true, Set.of(-1L), true, Set.of(Role.ADMIN), me, false, structureRules());
        }
        boolean all = currentUser.seesAllHomes();
        Set<Long> homeIds = currentUser.homeIds().isEmpty() ? Set.of(-1L) : currentUser.homeIds();
        Set<Role> roles = user == null || user.roles().isEmpty() ? Set.of(Role.ADMIN) : user.roles();
        return new Scope(all, homeIds, all || currentUser.has(Role.CARE_MANAGER), roles, me, true, Set.of("-"));
    }

    private Set<String> structureRules() {
        Set<String> keys = rules.all().stream().filter(r -> r.subject() == AlertSubject.STRUCTURE)
                .map(AlertRule::key).collect(Collectors.toSet());
        return keys.isEmpty() ? Set.of("-") : keys;
    }

    private Map<Long, String> homeNames() {
        return homes.accessibleHomes().stream().collect(Collectors.toMap(HomeSummary::id, HomeSummary::name));
    }

    private static AlertItem toItem(Alert a, Map<Long, String> homeNames) {
        return new AlertItem(a.getId(), a.getRuleKey(), a.getTitleKey(), a.getSeverity(), a.getHomeId(),
                homeNames.getOrDefault(a.getHomeId(), ""), a.getDueDate(), a.isOverdue(), a.getDescriptionKey(), a.descriptionArgs(),
                a.getRoute(), a.getStatus(), a.getEscalationLevel(), a.getAssigneeName(), a.getAcknowledgedBy(),
                a.getRaisedAt());
    }
}
