package org.aashray.careplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care plans: goals, agreement, reviews, and what is due. Counsellors and care managers write; medical staff read. */
@Service
public class CarePlanService {

    static final String READ = "hasAnyRole('COUNSELLOR','CARE_MANAGER','MEDICAL','SYSTEM')";
    static final String WRITE = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";

    private final CarePlanRepository plans;
    private final GoalRepository goals;
    private final ReviewRepository reviews;
    private final CarePlanSettingsService settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CarePlanService(CarePlanRepository plans, GoalRepository goals, ReviewRepository reviews, CarePlanSettingsService settings,
                    ResidentDirectory residents, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.goals = goals;
        this.reviews = reviews;
        this.settings = settings;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resident's plan, opening one (due per the home's setting) if her admission predates this feature. */
    @PreAuthorize(READ)
    @Transactional
    public CarePlanView forResident(long residentId) {
        ResidentSummary r = residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
        CarePlan plan = plans.findByResidentId(residentId).orElseGet(() -> open(r.homeId(), r.id(), r.name(), r.caseNumber(), r.admittedOn()));
        audit.recordAccess("CarePlan", plan.getId(), plan.getHomeId(), "Opened care plan");
        return view(plan);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public CarePlanView get(long planId) {
        CarePlan plan = load(planId);
        return view(plan);
    }

    /** A goal's target date lies within this many years of today. */
    static final int TARGET_YEARS_AHEAD = 3;

    /** care_plan_reviews.summary is TEXT, and the review's snapshot of the goals shares the row. */
    static final int MAX_SUMMARY = 4000;

    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanView saveGoal(long planId, GoalInput in) {
        CarePlan plan = load(planId);
        List<FieldError> errors = new ArrayList<>();
        if (in.area() == null) errors.add(new FieldError("area", "careplans.validation.required"));
        if (in.goal() == null || in.goal().isBlank()) errors.add(new FieldError("goal", "careplans.validation.required"));
        if (in.owner() == null || in.owner().isBlank()) errors.add(new FieldError("owner", "careplans.validation.required"));
        if (in.targetOn() == null) errors.add(new FieldError("targetOn", "careplans.validation.required"));
        else if (in.id() == null && in.targetOn().isBefore(LocalDate.now(clock))) {
            errors.add(new FieldError("targetOn", "careplans.validation.targetPast"));
        } else if (in.targetOn().isAfter(LocalDate.now(clock).plusYears(TARGET_YEARS_AHEAD))
                || in.targetOn().isBefore(LocalDate.now(clock).minusYears(TARGET_YEARS_AHEAD))) {
            // a goal of a care plan is reviewed within months; year 9999 (or 0, when a goal is changed) is a slip
            errors.add(new FieldError("targetOn", "validation.dateRange", LocalDate.now(clock).minusYears(TARGET_YEARS_AHEAD),
                    LocalDate.now(clock).plusYears(TARGET_YEARS_AHEAD)));
        }
        if (in.goal() != null && in.goal().trim().length() > 500) errors.add(new FieldError("goal", "validation.tooLong", 500));
        if (in.owner() != null && in.owner().trim().length() > 120) errors.add(new FieldError("owner", "validation.tooLong", 120));
        if (in.status() == null) errors.add(new FieldError("status", "careplans.validation.required"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Goal goal;
        Map<String, Object> before = null;
        if (in.id() == null) {
            goal = new Goal(planId);
        } else {
            goal = goals.findById(in.id()).filter(g -> g.getPlanId() == planId).orElseThrow();
            if (goal.getVersion() != in.version()) throw new ConcurrentEditException("Goal", null);
            before = snapshot(goal);
        }
        goal.set(in.area(), in.goal().trim(), in.owner().trim(), in.targetOn(), in.status());
        try {
            goals.saveAndFlush(goal);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Goal", e);
        }
        audit.recordChange(in.id() == null ? "CREATE" : "UPDATE", "CarePlanGoal", goal.getId(), plan.getHomeId(),
                "Care plan goal (" + in.area() + ") of " + plan.getCaseNumber(), before, snapshot(goal));
        return view(plan);
    }

    /** Agrees the plan (needs at least one goal); the first review falls due after the home's review interval. */
    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanView agree(long planId, long version) {
        CarePlan plan = load(planId);
        requireVersion(plan, version);
        if (goals.findByPlanIdOrderByAreaAscTargetOnAsc(planId).isEmpty()) {
            throw new ValidationException("goals", "careplans.validation.noGoals");
        }
        if (plan.getAgreedOn() != null) throw new ValidationException("goals", "careplans.validation.alreadyAgreed");
        LocalDate today = LocalDate.now(clock);
        plan.setAgreedOn(today);
        plan.setNextReviewOn(today.plusDays(settings.effective(plan.getHomeId()).getReviewDays()));
        flush();
        audit.recordChange("AGREE", "CarePlan", planId, plan.getHomeId(), "Care plan agreed for " + plan.getCaseNumber(),
                Map.of("agreedOn", "-"), Map.of("agreedOn", today.toString()));
        return view(plan);
    }

    /** Records a review with the goals as they stand, and sets the next review date. */
    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanView review(long planId, long version, String summary) {
        CarePlan plan = load(planId);
        requireVersion(plan, version);
        if (plan.getAgreedOn() == null) throw new ValidationException("summary", "careplans.validation.notAgreed");
        if (summary == null || summary.isBlank()) throw new ValidationException("summary", "careplans.validation.required");
        if (summary.trim().length() > MAX_SUMMARY) throw new ValidationException("summary", "validation.tooLong", MAX_SUMMARY);
        LocalDate today = LocalDate.now(clock);
        String snapshot = goals.findByPlanIdOrderByAreaAscTargetOnAsc(planId).stream()
                .map(g -> g.getArea() + ": " + g.getText() + " (" + g.getOwner() + ", " + g.getTargetOn() + ", " + g.getStatus() + ")")
                .collect(Collectors.joining("\n"));
        reviews.save(new Review(planId, today, currentUser.get().map(AashrayUser::getUsername).orElse(AuditLog.SYSTEM_USER),
                summary.trim(), snapshot));
        LocalDate before = plan.getNextReviewOn();
        plan.setNextReviewOn(today.plusDays(settings.effective(plan.getHomeId()).getReviewDays()));
        flush();
        audit.recordChange("REVIEW", "CarePlan", planId, plan.getHomeId(), "Care plan reviewed for " + plan.getCaseNumber(),
                Map.of("nextReviewOn", String.valueOf(before)), Map.of("nextReviewOn", plan.getNextReviewOn().toString()));
        return view(plan);
    }

    /**
     * Plans not agreed by their due date and reviews past their date, in the caller's homes, as of today plus
     * {@code daysAhead} (0: only what is already due). For the care manager's list and the alerts feature.
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<CarePlanDue> due(int daysAhead, int limit) {
        LocalDate today = LocalDate.now(clock);
        LocalDate by = today.plusDays(daysAhead);
        Set<Long> homes = currentUser.seesAllHomes() ? Set.copyOf(plans.homesWithPlans()) : currentUser.homeIds();
        if (homes.isEmpty()) return List.of();
        List<CarePlanDue> out = new ArrayList<>();
        plans.notAgreedBy(homes, by, PageRequest.of(0, limit)).forEach(p -> out.add(due(p, CarePlanDue.Kind.PLAN, p.getDueOn(), today)));
        plans.reviewBy(homes, by, PageRequest.of(0, limit)).forEach(p -> out.add(due(p, CarePlanDue.Kind.REVIEW, p.getNextReviewOn(), today)));
        out.sort(java.util.Comparator.comparing(CarePlanDue::date));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Plans not agreed and reviews due on or before {@code by}, in all homes: for the alert rule (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<CarePlanDue> dueBy(LocalDate by) {
        LocalDate today = LocalDate.now(clock);
        List<CarePlanDue> out = new ArrayList<>();
        plans.notAgreedAnywhereBy(by).forEach(p -> out.add(due(p, CarePlanDue.Kind.PLAN, p.getDueOn(), today)));
        plans.reviewAnywhereBy(by).forEach(p -> out.add(due(p, CarePlanDue.Kind.REVIEW, p.getNextReviewOn(), today)));
        return out;
    }

    /** Opens the plan of a newly admitted resident (called by the admission listener). */
    @Transactional
    CarePlan open(long homeId, long residentId, String name, String caseNumber, LocalDate admittedOn) {
        CarePlan plan = plans.save(new CarePlan(homeId, residentId, name, caseNumber, admittedOn,
                admittedOn.plusDays(settings.effective(homeId).getDueDays())));
        audit.recordChange("CREATE", "CarePlan", plan.getId(), homeId, "Care plan due " + plan.getDueOn() + " for " + caseNumber,
                null, Map.of("dueOn", plan.getDueOn().toString()));
        return plan;
    }

    private CarePlanDue due(CarePlan p, CarePlanDue.Kind kind, LocalDate date, LocalDate today) {
        return new CarePlanDue(p.getId(), p.getHomeId(), p.getResidentId(), p.getResidentName(), p.getCaseNumber(), kind, date,
                date.isBefore(today));
    }

    private CarePlan load(long planId) {
        CarePlan plan = plans.findById(planId).orElseThrow(() -> new AccessDeniedException("No such plan"));
        currentUser.requireHome(plan.getHomeId());
        return plan;
    }

    private CarePlanView view(CarePlan p) {
        return new CarePlanView(p.getId(), p.getHomeId(), p.getResidentId(), p.getResidentName(), p.getCaseNumber(), p.getAdmittedOn(),
                p.getDueOn(), p.getAgreedOn(), p.getNextReviewOn(),
                goals.findByPlanIdOrderByAreaAscTargetOnAsc(p.getId()).stream().map(g -> new CarePlanView.GoalView(g.getId(),
                        g.getArea(), g.getText(), g.getOwner(), g.getTargetOn(), g.getStatus(), g.getVersion())).toList(),
                reviews.findByPlanIdOrderByReviewedOnDesc(p.getId()).stream().map(r -> new CarePlanView.ReviewView(r.getReviewedOn(),
                        r.getReviewedBy(), r.getSummary(), r.getGoalsSnapshot())).toList(),
                p.getVersion());
    }

    private static void requireVersion(CarePlan p, long version) {
        if (p.getVersion() != version) throw new ConcurrentEditException("Care plan", null);
    }

    private void flush() {
        try {
            plans.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Care plan", e);
        }
    }

    private static Map<String, Object> snapshot(Goal g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", g.getArea());
        m.put("goal", g.getText());
        m.put("owner", g.getOwner());
        m.put("targetOn", String.valueOf(g.getTargetOn()));
        m.put("status", g.getStatus());
        return m;
    }
}
