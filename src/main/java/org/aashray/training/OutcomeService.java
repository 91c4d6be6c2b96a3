package org.aashray.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.security.CurrentUser;
import org.aashray.training.courses.BatchRepository;
import org.aashray.training.courses.Course;
import org.aashray.training.courses.CourseRepository;
import org.aashray.training.courses.TrainingSettings;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.aashray.training.enrolment.Enrolment;
import org.aashray.training.enrolment.EnrolmentRepository;
import org.aashray.training.internal.TrainingAccess;
import org.aashray.training.outcomes.OutcomeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The livelihood outcome checks that fall due after a course: 3 and 6 months after completion by default (ADMIN's
 * training limits), overdue once their grace days have passed, until the outcome is recorded.
 */
@Service
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final EnrolmentRepository enrolments;
    private final BatchRepository batches;
    private final CourseRepository courses;
    private final TrainingSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, EnrolmentRepository enrolments, BatchRepository batches,
                   CourseRepository courses, TrainingSettingsRepository settings, CurrentUser currentUser, Clock clock) {
        this.outcomes = outcomes;
        this.enrolments = enrolments;
        this.batches = batches;
        this.courses = courses;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
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
        Map<Long, String> courseOfBatch = new HashMap<>();
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
