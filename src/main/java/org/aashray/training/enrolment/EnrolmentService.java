package org.aashray.training.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchRepository;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchStatus;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.Course;
import org.aashray.training.courses.CourseRepository;
import org.aashray.training.courses.TrainingChecks;
import org.aashray.training.courses.TrainingSettings;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Enrolment with eligibility checks and a waitlist, dropout, assessment and completion of a batch. */
@Service
public class EnrolmentService {

    /** Dropout reason of those still waiting when a batch ends; they never started, so rates leave them out. */
    public static final String BATCH_ENDED = "Batch ended before a seat came free";
    /** Dropout reason of those who left the home (transferred or left care); shown translated. */
    public static final String LEFT_HOME = "Left the home";

    private final BatchRepository batches;
    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final TrainingSettingsRepository settings;
    private final TraineeRows rows;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    EnrolmentService(BatchRepository batches, EnrolmentRepository enrolments, CourseRepository courses,
                     TrainingSettingsRepository settings, TraineeRows rows, ResidentDirectory residents, HomeService homes,
                     CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.batches = batches;
        this.enrolments = enrolments;
        this.courses = courses;
        this.settings = settings;
        this.rows = rows;
        this.residents = residents;
        this.homes = homes;
        this.currentUser = currentUser;
        this.audit = audit;
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
        InputChecks checks = new InputChecks();
        if (resident.homeId() != batch.getHomeId()) {
            checks.add("resident", "training.validation.otherHome");
        } else if (resident.status() != ResidentStatus.IN_RESIDENCE) {
            checks.add("resident", "training.validation.notInResidence");
        } else {
            LocalDate from = batch.getStartDate().isAfter(today) ? batch.getStartDate() : today;
            int minAge = limits.getMinAge();
            checks.require(resident.age(from) >= minAge, "resident", "training.validation.tooYoung", minAge);
        }
        if (literacy == null) {
            checks.add("literacy", "validation.required");
        } else {
            checks.require(literacy.meets(course.getMinLiteracy()), "literacy", "training.validation.literacy",
                    course.getMinLiteracy().ordinal());
        }
        if (enrolments.findByBatchIdAndResidentId(batchId, residentId).isPresent()) {
            checks.add("resident", "training.validation.alreadyEnrolled");
        } else if (checks.isEmpty()) {
            overlapping(batch, residentId).ifPresent(other -> checks.add("resident", "training.validation.overlap",
                    other.courseName(), other.startDate(), other.endDate()));
        }
        checks.throwIfAny();
        long seated = enrolments.countByBatchIdAndStatus(batchId, EnrolmentStatus.ENROLLED);
        EnrolmentStatus status = seated < batch.getCapacity() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
        Enrolment e = enrolments.saveAndFlush(new Enrolment(batchId, residentId, batch.getHomeId(), status, literacy, today));
        audit.recordChange("ENROL", "TrainingEnrolment", e.getId(), batch.getHomeId(), resident.caseNumber() + " "
                + status.name().toLowerCase() + " in " + course.getName(), null, Map.of("status", status, "literacy", literacy,
                "batchId", batchId, "residentId", residentId));
        return status;
    }

    private Optional<BatchSummary> overlapping(Batch batch, long residentId) {
        return enrolments.findByResidentIdAndStatusIn(residentId, List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED))
                .stream().filter(e -> e.getBatchId() != batch.getId())
                .map(e -> batches.summary(e.getBatchId(), BatchService.SEATED, EnrolmentStatus.WAITLISTED).orElseThrow())
                .filter(other -> other.status() == BatchStatus.OPEN)
                .filter(other -> TrainingChecks.overlaps(other, batch.getStartDate(), batch.getEndDate(), batch.getDays(),
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
        new InputChecks().text("reason", reason, 300, true)
                .require(e.getStatus().isActive(), "reason", "training.validation.notActive")
                .throwIfAny();
        OptimisticLock.requireVersion("Enrolment", e.getVersion(), version);
        boolean heldSeat = e.getStatus() == EnrolmentStatus.ENROLLED;
        e.drop(reason.trim(), LocalDate.now(clock));
        enrolments.flush();
        audit.recordChange("DROPOUT", "TrainingEnrolment", e.getId(), e.getHomeId(), "Left the batch: " + reason.trim(),
                Map.of("status", heldSeat ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED),
                Map.of("status", EnrolmentStatus.DROPPED));
        if (heldSeat) freeSeat(batch);
    }

    /**
     * She left the home (transferred, or left care): her place in the batch closes as "left the home" and a seat she
     * held goes to the first on the waitlist. Her completed courses and certificates are not touched. Inside the
     * caller's transaction (the transfer's or exit's listener).
     */
    void closeBecauseSheLeft(Enrolment e, LocalDate on) {
        Batch batch = batches.lockById(e.getBatchId()).orElseThrow();
        boolean heldSeat = e.getStatus() == EnrolmentStatus.ENROLLED;
        EnrolmentStatus before = e.getStatus();
        e.drop(LEFT_HOME, on);
        OptimisticLock.write("Enrolment", enrolments::flush);
        audit.recordChange("DROPOUT", "TrainingEnrolment", e.getId(), e.getHomeId(), "Left the batch: she left the home",
                Map.of("status", before), Map.of("status", EnrolmentStatus.DROPPED));
        if (heldSeat) freeSeat(batch);
    }

    /** A seat came free: the first on the waitlist takes it while the batch is open. */
    private void freeSeat(Batch batch) {
        if (batch.getStatus() == BatchStatus.OPEN
                && enrolments.countByBatchIdAndStatus(batch.getId(), EnrolmentStatus.ENROLLED) < batch.getCapacity()) {
            enrolments.findFirstByBatchIdAndStatusOrderByIdAsc(batch.getId(), EnrolmentStatus.WAITLISTED).ifPresent(next -> {
                next.setStatus(EnrolmentStatus.ENROLLED);
                audit.recordChange("PROMOTE", "TrainingEnrolment", next.getId(), next.getHomeId(), "Seat from the waitlist",
                        Map.of("status", EnrolmentStatus.WAITLISTED), Map.of("status", EnrolmentStatus.ENROLLED));
            });
        }
    }

    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public void recordAssessment(long enrolmentId, long version, Integer score, AssessmentResult result) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        currentUser.requireHome(e.getHomeId());
        new InputChecks().require(score == null || score >= 0 && score <= 100, "score", "training.validation.between", 0, 100)
                .required("result", result)
                .require(e.getStatus() == EnrolmentStatus.ENROLLED, "result", "training.validation.notActive")
                .throwIfAny();
        OptimisticLock.requireVersion("Enrolment", e.getVersion(), version);
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
        OptimisticLock.requireVersion("Batch", batch.getVersion(), version);
        LocalDate today = LocalDate.now(clock);
        if (batch.getStatus() != BatchStatus.OPEN) throw new ValidationException("complete", "training.validation.batchCompleted");
        if (today.isBefore(batch.getEndDate())) {
            throw new ValidationException("complete", "training.validation.notEnded", batch.getEndDate());
        }
        String homeCode = homes.summary(batch.getHomeId()).code();
        Course course = courses.findById(batch.getCourseId()).orElseThrow();
        int issued = 0;
        for (TraineeRow row : rows.ofBatch(batch.getId(), rows.threshold())) {
            Enrolment e = enrolments.findById(row.enrolmentId()).orElseThrow();
            if (e.getStatus() == EnrolmentStatus.WAITLISTED) {
                e.drop(BATCH_ENDED, today);
            } else if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                boolean attended = row.attendancePercent() != null && !row.belowThreshold();
                if (attended && e.getAssessmentResult() != AssessmentResult.FAIL) {
                    e.complete(batch.getEndDate(), "%s-TRN-%d-%06d".formatted(homeCode, batch.getEndDate().getYear(), e.getId()));
                    issued++;
                } else {
                    e.setStatus(EnrolmentStatus.NOT_COMPLETED);
                }
            }
        }
        batch.complete();
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
        return rows.ofBatch(batchId, rows.threshold());
    }

    /** The resident's enrolments in any batch, newest first (for her profile). */
    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<TraineeRow> enrolmentsOf(long residentId) {
        ResidentSummary r = residents.require(residentId);
        return rows.of(enrolments.findByResidentIdOrderByIdDesc(residentId), rows.threshold(), Map.of(r.id(), r));
    }
}
