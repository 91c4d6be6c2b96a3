package org.aashray.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.homes.HomeService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Enrolment with eligibility checks and a waitlist, dropout, assessment and completion of a batch. */
@Service
public class EnrolmentService {

    /** Dropout reason of those still waiting when a batch ends; they never started, so rates leave them out. */
    static final String BATCH_ENDED = "Batch ended before a seat came free";

    private final BatchRepository batches;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final CourseRepository courses;
    private final TrainingSettingsRepository settings;
    private final ResidentDirectory residents;
    private final ResidentDirectory directory;
    private final HomeService homes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(BatchRepository batches, EnrolmentRepository enrolments, AttendanceRepository attendance,
                     CourseRepository courses, TrainingSettingsRepository settings, ResidentDirectory residents,
                     ResidentDirectory directory, HomeService homes, CurrentUser currentUser, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.courses = courses;
        this.settings = settings;
        this.residents = residents;
        this.directory = directory;
        this.homes = homes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrols a resident of the batch's home, or puts her on the waitlist when every seat is taken. The batch row
     * is locked first (SELECT ... FOR UPDATE) and seats are counted under that lock with READ COMMITTED, so two
     * people enrolling at the same moment can never take more seats than the batch has.
     */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EnrolmentStatus enrol(long batchId, long residentId, LiteracyLevel literacy) {
        Batch batch = batches.lockById(batchId).orElseThrow(() -> new AccessDeniedException("No batch " + batchId));
        currentUser.requireHome(batch.getHomeId());
        if (batch.getStatus() != BatchStatus.OPEN) throw new ValidationException("resident", "training.validation.batchCompleted");
        ResidentSummary resident = residents.require(residentId);
        Course course = courses.findById(batch.getCourseId()).orElseThrow();
        TrainingSettings limits = settings.findById(TrainingSettings.ID).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (resident.homeId() != batch.getHomeId()) {
            errors.add(new FieldError("resident", "training.validation.otherHome"));
        } else if (resident.status() != ResidentStatus.IN_RESIDENCE) {
            errors.add(new FieldError("resident", "training.validation.notInResidence"));
        } else {
            LocalDate from = batch.getStartDate().isAfter(today) ? batch.getStartDate() : today;
            if (resident.age(from) < limits.getMinAge()) {
                errors.add(new FieldError("resident", "training.validation.tooYoung", limits.getMinAge()));
            }
        }
        if (literacy == null) {
            errors.add(new FieldError("literacy", "validation.required"));
        } else if (!literacy.meets(course.getMinLiteracy())) {
            errors.add(new FieldError("literacy", "training.validation.literacy", course.getMinLiteracy().ordinal()));
        }
        if (enrolments.findByBatchIdAndResidentId(batchId, residentId).isPresent()) {
            errors.add(new FieldError("resident", "training.validation.alreadyEnrolled"));
        } else if (errors.isEmpty()) {
            overlapping(batch, residentId).ifPresent(other -> errors.add(new FieldError("resident", "training.validation.overlap",
                    other.courseName(), other.startDate(), other.endDate())));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        long seated = enrolments.countByBatchIdAndStatus(batchId, EnrolmentStatus.ENROLLED);
        EnrolmentStatus status = seated < batch.getCapacity() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        Enrolment e = enrolments.saveAndFlush(new Enrolment(batchId, residentId, batch.getHomeId(), status, literacy, today));
        audit.recordChange("ENROL", "TrainingEnrolment", e.getId(), batch.getHomeId(), resident.caseNumber() + " "
                + status.name().toLowerCase() + " in " + course.getName(), null, Map.of("status", status, "literacy", literacy,
                "batchId", batchId, "residentId", residentId));
        return status;
    }

    private java.util.Optional<BatchSummary> overlapping(Batch batch, long residentId) {
        return enrolments.findByResidentIdAndStatusIn(residentId, List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED))
                .stream().filter(e -> e.getBatchId() != batch.getId())
                .map(e -> batches.summary(e.getBatchId(), BatchService.SEATED, EnrolmentStatus.WAITLISTED).orElseThrow())
                .filter(other -> other.status() == BatchStatus.OPEN)
                .filter(other -> TrainingRules.overlaps(other, batch.getStartDate(), batch.getEndDate(), batch.getDays(),
                        batch.getStartTime(), batch.getEndTime()))
                .findFirst();
    }

    /** A trainee leaves the batch; if she held a seat, the first on the waitlist gets it. */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void drop(long enrolmentId, long version, String reason) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        Batch batch = batches.lockById(e.getBatchId()).orElseThrow();
        currentUser.requireHome(batch.getHomeId());
        List<FieldError> errors = new ArrayList<>();
        TrainingRules.text(errors, "reason", reason, 300);
        if (!e.getStatus().isActive()) errors.add(new FieldError("reason", "training.validation.notActive"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        if (e.getVersion() != version) throw new ConcurrentEditException("Enrolment", null);
        boolean heldSeat = e.getStatus() == EnrolmentStatus.ENROLLED;
        e.drop(reason.trim(), LocalDate.now(clock));
        enrolments.flush();
        audit.recordChange("DROPOUT", "TrainingEnrolment", e.getId(), e.getHomeId(), "Left the batch: " + reason.trim(),
                Map.of("status", heldSeat ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED),
                Map.of("status", EnrolmentStatus.DROPPED));
        events.publishEvent(new TrainingEvents.TraineeDropped(e.getId(), e.getResidentId(), e.getHomeId(), batch.getId(), reason.trim()));
        if (heldSeat && batch.getStatus() == BatchStatus.OPEN
                && enrolments.countByBatchIdAndStatus(batch.getId(), EnrolmentStatus.ENROLLED) < batch.getCapacity()) {
            enrolments.findFirstByBatchIdAndStatusOrderByIdAsc(batch.getId(), EnrolmentStatus.WAITLISTED).ifPresent(next -> {
                next.setStatus(EnrolmentStatus.ENROLLED);
                audit.recordChange("PROMOTE", "TrainingEnrolment", next.getId(), next.getHomeId(), "Seat from the waitlist",
                        Map.of("status", EnrolmentStatus.WAITLISTED), Map.of("status", EnrolmentStatus.ENROLLED));
                events.publishEvent(new TrainingEvents.WaitlistPromoted(next.getId(), next.getResidentId(), next.getHomeId(), batch.getId()));
            });
        }
    }

    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public void recordAssessment(long enrolmentId, long version, Integer score, AssessmentResult result) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        currentUser.requireHome(e.getHomeId());
        List<FieldError> errors = new ArrayList<>();
        if (score != null && (score < 0 || score > 100)) errors.add(new FieldError("score", "training.validation.between", 0, 100));
        if (result == null) errors.add(new FieldError("result", "validation.required"));
        if (e.getStatus() != EnrolmentStatus.ENROLLED) errors.add(new FieldError("result", "training.validation.notActive"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        if (e.getVersion() != version) throw new ConcurrentEditException("Enrolment", null);
        Map<String, Object> before = new HashMap<>();
        before.put("score", e.getAssessmentScore());
        before.put("result", e.getAssessmentResult());
        e.assess(score, result, LocalDate.now(clock));
        Map<String, Object> after = new HashMap<>();
        after.put("score", score);
        after.put("result", result);
        audit.recordChange("ASSESS", "TrainingEnrolment", e.getId(), e.getHomeId(), "Assessment recorded", before, after);
    }

    /**
     * Completes a batch once its end date has come: trainees who met the attendance threshold and did not fail
     * the assessment get a certificate number; the others are marked not completed; the waitlist is closed.
     * Returns the number of certificates issued.
     */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public int complete(long batchId, long version) {
        Batch batch = batches.lockById(batchId).orElseThrow();
        currentUser.requireHome(batch.getHomeId());
        if (batch.getVersion() != version) throw new ConcurrentEditException("Batch", null);
        LocalDate today = LocalDate.now(clock);
        if (batch.getStatus() != BatchStatus.OPEN) throw new ValidationException("complete", "training.validation.batchCompleted");
        if (today.isBefore(batch.getEndDate())) {
            throw new ValidationException("complete", "training.validation.notEnded", batch.getEndDate());
        }
        int threshold = settings.findById(TrainingSettings.ID).orElseThrow().getAttendanceThreshold();
        String homeCode = homes.summary(batch.getHomeId()).code();
        Course course = courses.findById(batch.getCourseId()).orElseThrow();
        int issued = 0;
        for (TraineeRow row : rows(batch.getId(), threshold)) {
            Enrolment e = enrolments.findById(row.enrolmentId()).orElseThrow();
            if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
                e.drop(BATCH_ENDED, today);
            } else if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                boolean attended = row.attendancePercent() != null && !row.belowThreshold();
                if (attended && e.getAssessmentResult() != AssessmentResult.FAIL) {
                    String number = "%s-TRN-%d-%06d".formatted(homeCode, batch.getEndDate().getYear(), e.getId());
                    e.complete(batch.getEndDate(), number);
                    issued++;
                    events.publishEvent(new TrainingEvents.TrainingCompleted(e.getId(), e.getResidentId(), e.getHomeId(),
                            course.getName(), batch.getEndDate(), number));
                } else {
                    e.setStatus(EnrolmentStatus.NOT_COMPLETED);
                }
            }
        }
        batch.setStatus(BatchStatus.COMPLETED);
        batch.setCompletedOn(batch.getEndDate());
        enrolments.flush();
        audit.recordChange("COMPLETE", "TrainingBatch", batch.getId(), batch.getHomeId(), "Batch of " + course.getName()
                + " completed, " + issued + " certificates", Map.of("status", BatchStatus.OPEN), Map.of("status", BatchStatus.COMPLETED));
        return issued;
    }

    /** Everyone who enrolled or waited for the batch, with attendance, assessment and certificate. */
    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<TraineeRow> trainees(long batchId) {
        Batch batch = batches.findById(batchId).orElseThrow(() -> new AccessDeniedException("No batch " + batchId));
        currentUser.requireHome(batch.getHomeId());
        return rows(batchId, settings.findById(TrainingSettings.ID).orElseThrow().getAttendanceThreshold());
    }

    /** The resident's enrolments in any batch, newest first (for her profile). */
    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<TraineeRow> enrolmentsOf(long residentId) {
        ResidentSummary r = residents.require(residentId);
        int threshold = settings.findById(TrainingSettings.ID).orElseThrow().getAttendanceThreshold();
        return toRows(enrolments.findByResidentIdOrderByIdDesc(residentId), threshold, Map.of(r.id(), r));
    }

    private List<TraineeRow> rows(long batchId, int threshold) {
        return toRows(enrolments.findByBatchIdOrderByIdAsc(batchId), threshold, Map.of());
    }

    private List<TraineeRow> toRows(List<Enrolment> list, int threshold, Map<Long, ResidentSummary> known) {
        Map<Long, int[]> tally = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] t : attendance.tally(list.stream().map(Enrolment::getId).toList())) {
                tally.put((Long) t[0], new int[] {((Number) t[1]).intValue(), ((Number) t[2]).intValue()});
            }
        }
        Map<Long, String> courseOfBatch = new HashMap<>();
        List<TraineeRow> rows = new ArrayList<>();
        for (Enrolment e : list) {
            String course = courseOfBatch.computeIfAbsent(e.getBatchId(), id -> batches.summary(id, BatchService.SEATED,
                    EnrolmentStatus.WAITLISTED).map(BatchSummary::courseName).orElse(""));
            ResidentSummary r = known.containsKey(e.getResidentId()) ? known.get(e.getResidentId())
                    : directory.find(e.getResidentId()).orElse(null);
            int[] t = tally.getOrDefault(e.getId(), new int[] {0, 0});
            Integer percent = t[1] == 0 ? null : Math.round(100f * t[0] / t[1]);
            rows.add(new TraineeRow(e.getId(), e.getBatchId(), course, e.getResidentId(), r == null ? "—" : r.name(),
                    r == null ? "" : r.caseNumber(), e.getStatus(), e.getLiteracy(), e.getEnrolledOn(), t[0], t[1], percent,
                    percent != null && percent < threshold, e.getAssessmentScore(), e.getAssessmentResult(),
                    e.getCompletedOn(), e.getCertificateNumber(), e.getDropoutReason(), e.getVersion()));
        }
        return rows;
    }
}
