package org.aashray.training.courses;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.security.CurrentUser;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Batches of a home and their sessions, generated from the weekly timetable. */
@Service
public class BatchService {

    public static final List<EnrolmentStatus> SEATED = List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NOT_COMPLETED);

    private final BatchRepository batches;
    private final BatchSessionRepository sessions;
    private final CourseRepository courses;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    BatchService(BatchRepository batches, BatchSessionRepository sessions, CourseRepository courses, CurrentUser currentUser,
                 AuditLog audit, Clock clock) {
        this.batches = batches;
        this.sessions = sessions;
        this.courses = courses;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The batches of one home, newest first unless the pageable sorts otherwise. */
    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<BatchSummary> batches(long homeId, Pageable pageable) {
        currentUser.requireHome(homeId);
        return batches.summaries(List.of(homeId), SEATED, EnrolmentStatus.WAITLISTED, pageable);
    }

    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public BatchSummary summary(long batchId) {
        BatchSummary b = batches.summary(batchId, SEATED, EnrolmentStatus.WAITLISTED)
                .orElseThrow(() -> new AccessDeniedException("No batch " + batchId));
        currentUser.requireHome(b.homeId());
        return b;
    }

    /** A copy of the batch for a form to edit. */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(readOnly = true)
    public Batch getForEdit(long batchId) {
        Batch b = batches.findById(batchId).orElseThrow();
        currentUser.requireHome(b.getHomeId());
        return b;
    }

    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> sessions(long batchId) {
        summary(batchId);
        return sessions.findByBatchIdOrderByDate(batchId).stream().map(BatchSession::summary).toList();
    }

    /**
     * Creates or changes a batch. The timetable (dates, days, times) can change only until attendance has been
     * taken; capacity never drops below the seats already taken.
     */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public BatchSummary save(Batch edited) {
        InputChecks checks = new InputChecks();
        TrainingChecks.batch(checks, edited, LocalDate.now(clock));
        Course course = edited.getCourseId() == null ? null : courses.findById(edited.getCourseId()).orElse(null);
        if (edited.getCourseId() != null && (course == null || (!course.isActive() && edited.getId() == null))) {
            checks.add("course", "training.validation.courseInactive");
        }
        if (edited.getId() == null) {
            currentUser.requireHome(edited.getHomeId());
            checks.throwIfAny();
            Batch b = new Batch();
            b.setHomeId(edited.getHomeId());
            b.copyFrom(edited);
            batches.saveAndFlush(b);
            generateSessions(b);
            audit.recordChange("CREATE", "TrainingBatch", b.getId(), b.getHomeId(), "Batch of " + course.getName()
                    + " created", null, snapshot(b));
            return summary(b.getId());
        }
        Batch current = batches.findById(edited.getId()).orElseThrow();
        currentUser.requireHome(current.getHomeId());
        OptimisticLock.requireVersion("Batch", current.getVersion(), edited.getVersion());
        if (current.getStatus() == BatchStatus.COMPLETED) {
            throw new ValidationException("course", "training.validation.batchCompleted");
        }
        boolean timetableChanged = !Objects.equals(current.getStartDate(), edited.getStartDate())
                || !Objects.equals(current.getEndDate(), edited.getEndDate()) || !current.getDays().equals(edited.getDays())
                || !Objects.equals(current.getStartTime(), edited.getStartTime())
                || !Objects.equals(current.getEndTime(), edited.getEndTime());
        if (timetableChanged && sessions.countByBatchIdAndMarkedTrue(current.getId()) > 0) {
            checks.add("startDate", "training.validation.timetableLocked");
        }
        long seated = summary(current.getId()).seated();
        checks.require(edited.getCapacity() == null || edited.getCapacity() >= seated, "capacity",
                "training.validation.capacityBelowSeated", seated);
        checks.throwIfAny();
        Map<String, Object> before = snapshot(current);
        current.copyFrom(edited);
        OptimisticLock.write("Batch", batches::flush);
        if (timetableChanged) {
            sessions.deleteByBatch(current.getId());
            generateSessions(current);
        }
        audit.recordChange("UPDATE", "TrainingBatch", current.getId(), current.getHomeId(), "Batch changed", before,
                snapshot(current));
        return summary(current.getId());
    }

    private void generateSessions(Batch b) {
        b.getStartDate().datesUntil(b.getEndDate().plusDays(1))
                .filter(d -> b.getDays().contains(d.getDayOfWeek()))
                .forEach(d -> sessions.save(new BatchSession(b.getId(), d, b.getStartTime(), b.getEndTime())));
        sessions.flush();
    }

    static Map<String, Object> snapshot(Batch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("courseId", b.getCourseId());
        m.put("provider", b.getProvider());
        m.put("venue", b.getVenue());
        m.put("startDate", b.getStartDate());
        m.put("endDate", b.getEndDate());
        m.put("days", b.getDays().toString());
        m.put("startTime", b.getStartTime());
        m.put("endTime", b.getEndTime());
        m.put("capacity", b.getCapacity());
        m.put("fee", b.getFee());
        m.put("feePayer", b.getFeePayer());
        m.put("status", b.getStatus());
        return m;
    }
}
