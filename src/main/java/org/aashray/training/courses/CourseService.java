package org.aashray.training.courses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The course catalogue and the configurable limits; administrators edit both, trainers read them. */
@Service
public class CourseService {

    private final CourseRepository courses;
    private final TrainingSettingsRepository settings;
    private final AuditLog audit;

    CourseService(CourseRepository courses, TrainingSettingsRepository settings, AuditLog audit) {
        this.courses = courses;
        this.settings = settings;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Course> activeCourses() {
        return courses.findByActiveTrueOrderByName();
    }

    @PreAuthorize(TrainingAccess.ADMIN)
    @Transactional(readOnly = true)
    public List<Course> allCourses(Pageable pageable) {
        return courses.findAllByOrderByName(pageable);
    }

    @PreAuthorize(TrainingAccess.ADMIN)
    @Transactional
    public Course saveCourse(Course edited) {
        InputChecks checks = new InputChecks().text("name", edited.getName(), 120, true);
        TrainingChecks.positive(checks, "durationHours", edited.getDurationHours(), 5000);
        TrainingChecks.positive(checks, "durationWeeks", edited.getDurationWeeks(), 260);
        checks.required("minLiteracy", edited.getMinLiteracy()).required("delivery", edited.getDelivery());
        if (edited.getName() != null && !edited.getName().isBlank()) {
            String name = edited.getName().trim();
            boolean taken = edited.getId() == null ? courses.existsByNameIgnoreCase(name)
                    : courses.existsByNameIgnoreCaseAndIdNot(name, edited.getId());
            checks.require(!taken, "name", "training.validation.courseNameTaken");
        }
        checks.throwIfAny();
        Course target = edited.getId() == null ? new Course() : courses.findById(edited.getId()).orElseThrow();
        if (edited.getId() != null) {
            OptimisticLock.requireVersion("Course " + target.getName(), target.getVersion(), edited.getVersion());
        }
        Map<String, Object> before = edited.getId() == null ? null : snapshot(target);
        target.setName(edited.getName().trim());
        target.setDurationHours(edited.getDurationHours());
        target.setDurationWeeks(edited.getDurationWeeks());
        target.setMinLiteracy(edited.getMinLiteracy());
        target.setDelivery(edited.getDelivery());
        target.setActive(edited.isActive());
        OptimisticLock.write("Course " + target.getName(), () -> courses.saveAndFlush(target));
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "TrainingCourse", target.getId(), null,
                "Course " + target.getName() + " saved", before, snapshot(target));
        return target;
    }

    /** The current limits (minimum age, attendance threshold, outcome check months and grace days). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TrainingSettings settings() {
        return settings.findById(TrainingSettings.ID).orElseThrow();
    }

    @PreAuthorize(TrainingAccess.ADMIN)
    @Transactional
    public TrainingSettings saveSettings(TrainingSettings edited) {
        List<Integer> months = edited.checkMonths();
        new InputChecks()
                .require(edited.getMinAge() >= 14 && edited.getMinAge() <= 60, "minAge", "training.validation.between", 14, 60)
                .require(edited.getAttendanceThreshold() >= 1 && edited.getAttendanceThreshold() <= 100, "attendanceThreshold",
                        "training.validation.between", 1, 100)
                .require(!months.isEmpty() && months.stream().allMatch(m -> m >= 1 && m <= 60), "outcomeCheckMonths",
                        "training.validation.months")
                .require(edited.getOutcomeGraceDays() >= 0 && edited.getOutcomeGraceDays() <= 90, "outcomeGraceDays",
                        "training.validation.between", 0, 90)
                .throwIfAny();
        TrainingSettings current = settings.findById(TrainingSettings.ID).orElseThrow();
        OptimisticLock.requireVersion("Training settings", current.getVersion(), edited.getVersion());
        Map<String, Object> before = snapshot(current);
        current.setMinAge(edited.getMinAge());
        current.setAttendanceThreshold(edited.getAttendanceThreshold());
        current.setOutcomeCheckMonths(String.join(",", months.stream().map(String::valueOf).toList()));
        current.setOutcomeGraceDays(edited.getOutcomeGraceDays());
        OptimisticLock.write("Training settings", settings::flush);
        audit.recordChange("UPDATE", "TrainingSettings", TrainingSettings.ID, null, "Training limits changed", before,
                snapshot(current));
        return current;
    }

    private static Map<String, Object> snapshot(Course c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.getName());
        m.put("durationHours", c.getDurationHours());
        m.put("durationWeeks", c.getDurationWeeks());
        m.put("minLiteracy", c.getMinLiteracy());
        m.put("delivery", c.getDelivery());
        m.put("active", c.isActive());
        return m;
    }

    private static Map<String, Object> snapshot(TrainingSettings s) {
        return Map.of("minAge", s.getMinAge(), "attendanceThreshold", s.getAttendanceThreshold(),
                "outcomeCheckMonths", s.getOutcomeCheckMonths(), "outcomeGraceDays", s.getOutcomeGraceDays());
    }
}
