package org.aashray.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
        List<FieldError> errors = new ArrayList<>();
        TrainingRules.text(errors, "name", edited.getName(), 120);
        TrainingRules.positive(errors, "durationHours", edited.getDurationHours(), 5000);
        TrainingRules.positive(errors, "durationWeeks", edited.getDurationWeeks(), 260);
        if (edited.getMinLiteracy() == null) errors.add(new FieldError("minLiteracy", "validation.required"));
        if (edited.getDelivery() == null) errors.add(new FieldError("delivery", "validation.required"));
        if (edited.getName() != null && !edited.getName().isBlank() && (edited.getId() == null
                ? courses.existsByNameIgnoreCase(edited.getName().trim())
                : courses.existsByNameIgnoreCaseAndIdNot(edited.getName().trim(), edited.getId()))) {
            errors.add(new FieldError("name", "training.validation.courseNameTaken"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Course target = edited.getId() == null ? new Course() : courses.findById(edited.getId()).orElseThrow();
        if (edited.getId() != null && target.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("Course " + target.getName(), null);
        }
        Map<String, Object> before = edited.getId() == null ? null : snapshot(target);
        target.setName(edited.getName().trim());
        target.setDurationHours(edited.getDurationHours());
        target.setDurationWeeks(edited.getDurationWeeks());
        target.setMinLiteracy(edited.getMinLiteracy());
        target.setDelivery(edited.getDelivery());
        target.setActive(edited.isActive());
        try {
            courses.saveAndFlush(target);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Course " + target.getName(), e);
        }
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
        List<FieldError> errors = new ArrayList<>();
        if (edited.getMinAge() < 14 || edited.getMinAge() > 60) {
            errors.add(new FieldError("minAge", "training.validation.between", 14, 60));
        }
        if (edited.getAttendanceThreshold() < 1 || edited.getAttendanceThreshold() > 100) {
            errors.add(new FieldError("attendanceThreshold", "training.validation.between", 1, 100));
        }
        List<Integer> months = edited.checkMonths();
        if (months.isEmpty() || months.stream().anyMatch(m -> m < 1 || m > 60)) {
            errors.add(new FieldError("outcomeCheckMonths", "training.validation.months"));
        }
        if (edited.getOutcomeGraceDays() < 0 || edited.getOutcomeGraceDays() > 90) {
            errors.add(new FieldError("outcomeGraceDays", "training.validation.between", 0, 90));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        TrainingSettings current = settings.findById(TrainingSettings.ID).orElseThrow();
        if (current.getVersion() != edited.getVersion()) throw new ConcurrentEditException("Training settings", null);
        Map<String, Object> before = snapshot(current);
        current.setMinAge(edited.getMinAge());
        current.setAttendanceThreshold(edited.getAttendanceThreshold());
        current.setOutcomeCheckMonths(String.join(",", months.stream().map(String::valueOf).toList()));
        current.setOutcomeGraceDays(edited.getOutcomeGraceDays());
        try {
            settings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Training settings", e);
        }
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
