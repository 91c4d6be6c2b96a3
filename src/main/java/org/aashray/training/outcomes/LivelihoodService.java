package org.aashray.training.outcomes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.CurrentUser;
import org.aashray.training.courses.TrainingSettings;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.aashray.training.enrolment.Enrolment;
import org.aashray.training.enrolment.EnrolmentRepository;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Livelihood outcomes a trainee reports after a course: a job, her own enterprise, further study or none yet.
 * Which checks are still due is {@link org.aashray.training.OutcomeService}'s answer.
 */
@Service
public class LivelihoodService {

    private final OutcomeRepository outcomes;
    private final EnrolmentRepository enrolments;
    private final TrainingSettingsRepository settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public LivelihoodService(OutcomeRepository outcomes, EnrolmentRepository enrolments, TrainingSettingsRepository settings,
                             ResidentDirectory residents, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.outcomes = outcomes;
        this.enrolments = enrolments;
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
        InputChecks checks = new InputChecks()
                .require(e.getStatus() == EnrolmentStatus.COMPLETED, "kind", "training.validation.notCompleted")
                .required("kind", in.getKind());
        if (in.getRecordedOn() == null) {
            checks.add("recordedOn", "validation.required");
        } else if (in.getRecordedOn().isAfter(today)) {
            checks.add("recordedOn", "training.validation.inFuture");
        } else if (e.getCompletedOn() != null && in.getRecordedOn().isBefore(e.getCompletedOn())) {
            checks.add("recordedOn", "training.validation.beforeCompletion", e.getCompletedOn());
        }
        if (in.getKind() == OutcomeKind.JOB) {
            checks.text("employer", in.getEmployer(), 160, true).text("jobRole", in.getJobRole(), 120, true);
            money(checks, "monthlyWage", in.getMonthlyWage(), true);
        } else if (in.getKind() == OutcomeKind.SELF_EMPLOYMENT) {
            checks.text("enterpriseType", in.getEnterpriseType(), 120, true);
            money(checks, "seedMoney", in.getSeedMoney(), false);
        } else if (in.getKind() == OutcomeKind.FURTHER_STUDY) {
            checks.text("studyCourse", in.getStudyCourse(), 160, true);
        }
        checks.maxLength("schemeLinkage", in.getSchemeLinkage(), 200);
        if (in.getCheckMonth() != null) {
            if (!settings.findById(TrainingSettings.ID).orElseThrow().checkMonths().contains(in.getCheckMonth())) {
                checks.add("checkMonth", "training.validation.notACheck");
            } else if (outcomes.findByEnrolmentIdIn(List.of(enrolmentId)).stream()
                    .anyMatch(o -> in.getCheckMonth().equals(o.getCheckMonth()))) {
                checks.add("checkMonth", "training.validation.checkDone");
            }
        }
        checks.throwIfAny();
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

    private static void money(InputChecks checks, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) checks.add(field, "validation.required");
        } else {
            checks.require(value.signum() >= 0, field, "training.validation.feeNegative");
        }
    }

    @PreAuthorize(TrainingAccess.READ)
    @Transactional(readOnly = true)
    public List<Outcome> outcomesOf(long residentId) {
        residents.require(residentId);
        return outcomes.findByResidentIdOrderByRecordedOnDescIdDesc(residentId);
    }
}
