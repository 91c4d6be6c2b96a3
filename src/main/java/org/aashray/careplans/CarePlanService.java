package org.aashray.careplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.careplans.plans.CarePlan;
import org.aashray.careplans.plans.CarePlanOpening;
import org.aashray.careplans.plans.CarePlanRepository;
import org.aashray.careplans.plans.Goal;
import org.aashray.careplans.plans.GoalRepository;
import org.aashray.careplans.plans.Review;
import org.aashray.careplans.plans.ReviewRepository;
import org.aashray.careplans.settings.CarePlanSettingsService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Care plans: goals, agreement, reviews, and what is due. Counsellors and care managers write; medical staff read. */
@Service
public class CarePlanService {

    public static final String READ = "hasAnyRole('COUNSELLOR','CARE_MANAGER','MEDICAL','SYSTEM')";
    static final String WRITE = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";
    private static final String REQUIRED = "careplans.validation.required";

    /** A goal's target date lies within this many years of today. */
    static final int TARGET_YEARS = 3;
    /** care_plan_goals.goal and owner. */
    static final int MAX_GOAL = 500;
    static final int MAX_OWNER = 120;
    /** care_plan_reviews.summary is TEXT, and the review's snapshot of the goals shares the row. */
    static final int MAX_SUMMARY = 4000;

    private final CarePlanRepository plans;
    private final GoalRepository goals;
    private final ReviewRepository reviews;
    private final CarePlanOpening opening;
    private final CarePlanSettingsService settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CarePlanService(CarePlanRepository plans, GoalRepository goals, ReviewRepository reviews, CarePlanOpening opening,
                    CarePlanSettingsService settings, ResidentDirectory residents, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.goals = goals;
        this.reviews = reviews;
        this.opening = opening;
        this.settings = settings;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resident's plan, opening one (due per the home's setting) if her admission predates this feature. */
    @PreAuthorize(READ)
    @Transactional
    public CarePlanDetails forResident(long residentId) {
        ResidentSummary r = residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
        CarePlan plan = plans.findByResidentId(residentId)
                .orElseGet(() -> opening.open(r.homeId(), r.id(), r.name(), r.caseNumber(), r.admittedOn()));
        audit.recordAccess("CarePlan", plan.getId(), plan.getHomeId(), "Opened care plan");
        return details(plan);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public CarePlanDetails get(long planId) {
        CarePlan plan = load(planId);
        return details(plan);
    }

    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanDetails saveGoal(long planId, GoalInput in) {
        CarePlan plan = loadOpen(planId);
        checkGoal(in, LocalDate.now(clock));
        Goal goal = in.id() == null ? new Goal(planId) : goals.findById(in.id()).filter(g -> g.getPlanId() == planId).orElseThrow();
        Map<String, Object> before = null;
        if (in.id() != null) {
            OptimisticLock.requireVersion("Goal", goal.getVersion(), in.version());
            before = snapshot(goal);
        }
        goal.set(in.area(), in.goal().trim(), in.owner().trim(), in.targetOn(), in.status());
        OptimisticLock.write("Goal", () -> goals.saveAndFlush(goal));
        audit.recordChange(in.id() == null ? "CREATE" : "UPDATE", "CarePlanGoal", goal.getId(), plan.getHomeId(),
                "Care plan goal (" + in.area() + ") of " + plan.getCaseNumber(), before, snapshot(goal));
        return details(plan);
    }

    /** Agrees the plan (needs at least one goal); the first review falls due after the home's review interval. */
    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanDetails agree(long planId, long version) {
        CarePlan plan = loadOpen(planId);
        OptimisticLock.requireVersion("Care plan", plan.getVersion(), version);
        if (goals.findByPlanIdOrderByAreaAscTargetOnAsc(planId).isEmpty()) {
            throw new ValidationException("goals", "careplans.validation.noGoals");
        }
        if (plan.getAgreedOn() != null) throw new ValidationException("goals", "careplans.validation.alreadyAgreed");
        LocalDate today = LocalDate.now(clock);
        plan.setAgreedOn(today);
        plan.setNextReviewOn(today.plusDays(settings.effective(plan.getHomeId()).getReviewDays()));
        OptimisticLock.write("Care plan", plans::flush);
        audit.recordChange("AGREE", "CarePlan", planId, plan.getHomeId(), "Care plan agreed for " + plan.getCaseNumber(),
                Map.of("agreedOn", "-"), Map.of("agreedOn", today.toString()));
        return details(plan);
    }

    /** Records a review with the goals as they stand, and sets the next review date. */
    @PreAuthorize(WRITE)
    @Transactional
    public CarePlanDetails review(long planId, long version, String summary) {
        CarePlan plan = loadOpen(planId);
        OptimisticLock.requireVersion("Care plan", plan.getVersion(), version);
        if (plan.getAgreedOn() == null) throw new ValidationException("summary", "careplans.validation.notAgreed");
        new InputChecks().require(summary != null && !summary.isBlank(), "summary", REQUIRED)
                .maxLength("summary", summary, MAX_SUMMARY).throwIfAny();
        LocalDate today = LocalDate.now(clock);
        String snapshot = goals.findByPlanIdOrderByAreaAscTargetOnAsc(planId).stream()
                .map(g -> g.getArea() + ": " + g.getText() + " (" + g.getOwner() + ", " + g.getTargetOn() + ", " + g.getStatus() + ")")
                .collect(Collectors.joining("\n"));
        reviews.save(new Review(planId, today, currentUser.get().map(AashrayUser::getUsername).orElse(AuditLog.SYSTEM_USER),
                summary.trim(), snapshot));
        LocalDate before = plan.getNextReviewOn();
        plan.setNextReviewOn(today.plusDays(settings.effective(plan.getHomeId()).getReviewDays()));
        OptimisticLock.write("Care plan", plans::flush);
        audit.recordChange("REVIEW", "CarePlan", planId, plan.getHomeId(), "Care plan reviewed for " + plan.getCaseNumber(),
                Map.of("nextReviewOn", String.valueOf(before)), Map.of("nextReviewOn", plan.getNextReviewOn().toString()));
        return details(plan);
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
        out.sort(Comparator.comparing(CarePlanDue::date));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Plans not agreed and reviews due on or before {@code by}, in all homes: for the deadline (the application itself). */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<CarePlanDue> dueBy(LocalDate by) {
        LocalDate today = LocalDate.now(clock);
        List<CarePlanDue> out = new ArrayList<>();
        plans.notAgreedAnywhereBy(by).forEach(p -> out.add(due(p, CarePlanDue.Kind.PLAN, p.getDueOn(), today)));
        plans.reviewAnywhereBy(by).forEach(p -> out.add(due(p, CarePlanDue.Kind.REVIEW, p.getNextReviewOn(), today)));
        return out;
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

    /** A plan that may still change: she left care, so a closed plan stays as it was (her history). */
    private CarePlan loadOpen(long planId) {
        CarePlan plan = load(planId);
        if (plan.getClosedOn() != null) throw new ValidationException("plan", "careplans.validation.closed", plan.getClosedOn());
        return plan;
    }

    private CarePlanDetails details(CarePlan p) {
        return new CarePlanDetails(p.getId(), p.getHomeId(), p.getResidentId(), p.getResidentName(), p.getCaseNumber(), p.getAdmittedOn(),
                p.getDueOn(), p.getAgreedOn(), p.getNextReviewOn(), p.getClosedOn(),
                goals.findByPlanIdOrderByAreaAscTargetOnAsc(p.getId()).stream().map(g -> new CarePlanDetails.GoalDetails(g.getId(),
                        g.getArea(), g.getText(), g.getOwner(), g.getTargetOn(), g.getStatus(), g.getVersion())).toList(),
                reviews.findByPlanIdOrderByReviewedOnDesc(p.getId()).stream().map(r -> new CarePlanDetails.ReviewDetails(r.getReviewedOn(),
                        r.getReviewedBy(), r.getSummary(), r.getGoalsSnapshot())).toList(),
                p.getVersion());
    }

    /** Area, text, owner, status, and a target date: not past for a new goal, within a few years either side. */
    private static void checkGoal(GoalInput in, LocalDate today) {
        InputChecks checks = new InputChecks()
                .require(in.area() != null, "area", REQUIRED)
                .require(in.goal() != null && !in.goal().isBlank(), "goal", REQUIRED)
                .require(in.owner() != null && !in.owner().isBlank(), "owner", REQUIRED)
                .require(in.targetOn() != null, "targetOn", REQUIRED);
        if (in.id() == null) {
            checks.notBefore("targetOn", in.targetOn(), today, "careplans.validation.targetPast");
        }
        if (!checks.has("targetOn")) {
            // a goal of a care plan is reviewed within months; year 9999 (or 0, when a goal is changed) is a slip
            checks.yearsAround("targetOn", in.targetOn(), today, TARGET_YEARS, TARGET_YEARS);
        }
        checks.maxLength("goal", in.goal(), MAX_GOAL).maxLength("owner", in.owner(), MAX_OWNER)
                .require(in.status() != null, "status", REQUIRED).throwIfAny();
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
