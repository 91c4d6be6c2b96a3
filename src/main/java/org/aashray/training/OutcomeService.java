package org.aashray.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Livelihood outcomes after a course and the checks at 3 and 6 months (configurable) that fall due. */
@Service
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final EnrolmentRepository enrolments;
    private final BatchRepository batches;
    private final CourseRepository courses;
    private final TrainingSettingsRepository settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, EnrolmentRepository enrolments, BatchRepository batches,
                   CourseRepository courses, TrainingSettingsRepository settings, ResidentDirectory residents,
                   CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.outcomes = outcomes;
        this.enrolments = enrolments;
        this.batches = batches;
        this.courses = courses;
        this.settings = settings;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an outcome of a completed course; {@code checkMonth} (if set) answers that scheduled check. */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public Outcome record(long enrolmentId, Outcome in) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        currentUser.requireHome(e.getHomeId());
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (e.getStatus() != EnrolmentStatus.COMPLETED) errors.add(new FieldError("kind", "training.validation.notCompleted"));
        if (in.getKind() == null) errors.add(new FieldError("kind", "validation.required"));
        if (in.getRecordedOn() == null) {
            errors.add(new FieldError("recordedOn", "validation.required"));
        } else if (in.getRecordedOn().isAfter(today)) {
            errors.add(new FieldError("recordedOn", "training.validation.inFuture"));
        } else if (e.getCompletedOn() != null && in.getRecordedOn().isBefore(e.getCompletedOn())) {
            errors.add(new FieldError("recordedOn", "training.validation.beforeCompletion", e.getCompletedOn()));
        }
        if (in.getKind() == OutcomeKind.JOB) {
            TrainingRules.text(errors, "employer", in.getEmployer(), 160);
            TrainingRules.text(errors, "jobRole", in.getJobRole(), 120);
            money(errors, "monthlyWage", in.getMonthlyWage(), true);
        } else if (in.getKind() == OutcomeKind.SELF_EMPLOYMENT) {
            TrainingRules.text(errors, "enterpriseType", in.getEnterpriseType(), 120);
            money(errors, "seedMoney", in.getSeedMoney(), false);
        } else if (in.getKind() == OutcomeKind.FURTHER_STUDY) {
            TrainingRules.text(errors, "studyCourse", in.getStudyCourse(), 160);
        }
        if (in.getSchemeLinkage() != null && in.getSchemeLinkage().trim().length() > 200) {
            errors.add(new FieldError("schemeLinkage", "validation.tooLong", 200));
        }
        if (in.getCheckMonth() != null) {
            if (!settings.findById(TrainingSettings.ID).orElseThrow().checkMonths().contains(in.getCheckMonth())) {
                errors.add(new FieldError("checkMonth", "training.validation.notACheck"));
            } else if (outcomes.findByEnrolmentIdIn(List.of(enrolmentId)).stream()
                    .anyMatch(o -> in.getCheckMonth().equals(o.getCheckMonth()))) {
                errors.add(new FieldError("checkMonth", "training.validation.checkDone"));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Outcome o = new Outcome();
        o.setEnrolmentId(enrolmentId);
        o.setResidentId(e.getResidentId());
        o.setHomeId(e.getHomeId());
        o.setCheckMonth(in.getCheckMonth());
        o.setRecordedOn(in.getRecordedOn());
        o.setKind(in.getKind());
        o.setEmployer(in.getKind() == OutcomeKind.JOB ? in.getEmployer().trim() : null);
        o.setJobRole(in.getKind() == OutcomeKind.JOB ? in.getJobRole().trim() : null);
        o.setMonthlyWage(in.getKind() == OutcomeKind.JOB ? in.getMonthlyWage() : null);
        o.setEnterpriseType(in.getKind() == OutcomeKind.SELF_EMPLOYMENT ? in.getEnterpriseType().trim() : null);
        o.setSeedMoney(in.getKind() == OutcomeKind.SELF_EMPLOYMENT ? in.getSeedMoney() : null);
        o.setStudyCourse(in.getKind() == OutcomeKind.FURTHER_STUDY ? in.getStudyCourse().trim() : null);
        o.setBankAccount(in.isBankAccount());
        o.setSchemeLinkage(in.getSchemeLinkage() == null || in.getSchemeLinkage().isBlank() ? null : in.getSchemeLinkage().trim());
        o.setRecordedBy(SecurityContextHolder.getContext().getAuthentication().getName());
        outcomes.saveAndFlush(o);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", o.getKind());
        after.put("checkMonth", o.getCheckMonth());
        after.put("bankAccount", o.isBankAccount());
        after.put("schemeLinkage", o.getSchemeLinkage());
        audit.recordChange("OUTCOME", "TrainingEnrolment", enrolmentId, e.getHomeId(), "Livelihood outcome: " + o.getKind(),
                null, after);
        return o;
    }

    private static void money(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) errors.add(new FieldError(field, "validation.required"));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, "training.validation.feeNegative"));
        }
    }

    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<Outcome> outcomesOf(long residentId) {
        residents.require(residentId);
        return outcomes.findByResidentIdOrderByRecordedOnDescIdDesc(residentId);
    }

    /**
     * Outcome checks that are due today or earlier and not yet recorded, in the caller's homes (all homes for the
     * application itself), oldest first. The alerts feature can turn the overdue ones into alerts.
     */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(readOnly = true)
    public List<OutcomeCheck> dueChecks() {
        LocalDate today = LocalDate.now(clock);
        return checks(today, today, currentUser.seesAllHomes());
    }

    /**
     * Outcome checks not recorded whose overdue date (check date plus the grace days of ADMIN's training limits) is
     * on or before {@code by}, in all homes: for the alert rule, which the application runs by itself.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<OutcomeCheck> checksOverdueBy(LocalDate by) {
        return checks(by, LocalDate.now(clock), true).stream().filter(c -> !c.overdueFrom().isAfter(by)).toList();
    }

    private List<OutcomeCheck> checks(LocalDate by, LocalDate today, boolean allHomes) {
        TrainingSettings limits = settings.findById(TrainingSettings.ID).orElseThrow();
        List<Integer> months = limits.checkMonths();
        if (months.isEmpty()) return List.of();
        LocalDate since = by.minusMonths(months.getLast()).minusYears(2);
        List<Enrolment> completed = allHomes ? enrolments.completedSinceAnywhere(since)
                : currentUser.homeIds().isEmpty() ? List.of() : enrolments.completedSince(currentUser.homeIds(), since);
        if (completed.isEmpty()) return List.of();
        Set<String> done = new HashSet<>();
        outcomes.findByEnrolmentIdIn(completed.stream().map(Enrolment::getId).toList()).stream()
                .filter(o -> o.getCheckMonth() != null).forEach(o -> done.add(o.getEnrolmentId() + ":" + o.getCheckMonth()));
        Map<Long, String> courseOfBatch = new java.util.HashMap<>();
        List<OutcomeCheck> due = new ArrayList<>();
        for (Enrolment e : completed) {
            for (int m : months) {
                LocalDate dueOn = e.getCompletedOn().plusMonths(m);
                if (dueOn.isAfter(by) || done.contains(e.getId() + ":" + m)) continue;
                String course = courseOfBatch.computeIfAbsent(e.getBatchId(), id -> batches.findById(id)
                        .flatMap(b -> courses.findById(b.getCourseId())).map(Course::getName).orElse(""));
                LocalDate overdueFrom = dueOn.plusDays(limits.getOutcomeGraceDays());
                due.add(new OutcomeCheck(e.getId(), e.getResidentId(), e.getHomeId(), course, e.getCompletedOn(), m, dueOn,
                        overdueFrom, today.isAfter(overdueFrom)));
            }
        }
        due.sort(Comparator.comparing(OutcomeCheck::dueOn).thenComparing(OutcomeCheck::enrolmentId));
        return due;
    }
}
