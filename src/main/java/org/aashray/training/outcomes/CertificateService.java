package org.aashray.training.outcomes;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.pdf.PdfReport;
import org.aashray.base.pdf.ReportHeader;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSessionRepository;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.FeePayer;
import org.aashray.training.enrolment.Enrolment;
import org.aashray.training.enrolment.EnrolmentRepository;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completion certificates and the reimbursement claim of a scheme-funded batch, as PDFs. */
@Service
public class CertificateService {

    private final EnrolmentRepository enrolments;
    private final BatchService batches;
    private final BatchSessionRepository sessions;
    private final EnrolmentService trainees;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CertificateService(EnrolmentRepository enrolments, BatchService batches, BatchSessionRepository sessions,
                       EnrolmentService trainees, ResidentDirectory residents, HomeService homes, CurrentUser currentUser,
                       AuditLog audit, Clock clock) {
        this.enrolments = enrolments;
        this.batches = batches;
        this.sessions = sessions;
        this.trainees = trainees;
        this.residents = residents;
        this.homes = homes;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The certificate of a trainee who completed a batch: name, course, dates, hours, institute and number. */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(readOnly = true)
    public byte[] certificate(long enrolmentId) {
        Enrolment e = enrolments.findById(enrolmentId).orElseThrow();
        currentUser.requireHome(e.getHomeId());
        if (e.getStatus() != EnrolmentStatus.COMPLETED) throw new ValidationException("certificate", "training.validation.notCompleted");
        BatchSummary b = batches.summary(e.getBatchId());
        ResidentSummary r = residents.require(e.getResidentId());
        HomeSummary home = homes.summary(e.getHomeId());
        double hours = sessions.findByBatchIdOrderByDate(b.id()).stream().mapToDouble(s -> s.summary().hours()).sum();
        audit.recordAccess("TrainingEnrolment", enrolmentId, e.getHomeId(), "certificate " + e.getCertificateNumber());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, new ReportHeader(home.name(), "Certificate of completion",
                ZonedDateTime.now(clock)))) {
            pdf.paragraph("This is to certify that " + r.name() + " has successfully completed the course " + b.courseName()
                    + " from " + date(b.startDate()) + " to " + date(b.endDate()) + ".");
            pdf.keyValues(List.of(
                    Map.entry("Name", r.name()),
                    Map.entry("Course", b.courseName()),
                    Map.entry("Dates", date(b.startDate()) + " – " + date(b.endDate())),
                    Map.entry("Hours of training", hoursText(hours)),
                    Map.entry("Institute / trainer", b.provider()),
                    Map.entry("Venue", b.venue()),
                    Map.entry("Certificate number", e.getCertificateNumber())));
            if (e.getAssessmentResult() != null) {
                pdf.paragraph("Assessment: " + e.getAssessmentResult().name().toLowerCase()
                        + (e.getAssessmentScore() == null ? "" : " (" + e.getAssessmentScore() + " / 100)"));
            }
            pdf.paragraph(" ");
            pdf.paragraph("Issued by " + home.name() + " on " + date(e.getCompletedOn()) + ".");
            pdf.paragraph("Signature of the superintendent: ______________________");
        }
        return out.toByteArray();
    }

    /**
     * The list of trainees who completed a scheme-funded batch, with certificate numbers and fees, for the
     * reimbursement claim.
     */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(readOnly = true)
    public byte[] reimbursementClaim(long batchId) {
        BatchSummary b = batches.summary(batchId);
        if (b.feePayer() != FeePayer.SCHEME_REIMBURSEMENT) {
            throw new ValidationException("claim", "training.validation.notReimbursable");
        }
        HomeSummary home = homes.summary(b.homeId());
        List<TraineeRow> completed = trainees.trainees(batchId).stream()
                .filter(t -> t.status() == EnrolmentStatus.COMPLETED).toList();
        if (completed.isEmpty()) throw new ValidationException("claim", "training.validation.noneCompleted");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (TraineeRow t : completed) {
            rows.add(List.of((n++) + ". " + t.residentName() + " (" + t.caseNumber() + ")", t.certificateNumber(),
                    b.fee().toPlainString()));
        }
        BigDecimal total = b.fee().multiply(BigDecimal.valueOf(completed.size()));
        audit.recordAccess("TrainingBatch", batchId, b.homeId(), "reimbursement claim");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReport pdf = PdfReport.open(out, new ReportHeader(home.name(), "Reimbursement claim: " + b.courseName(),
                ZonedDateTime.now(clock)))) {
            pdf.keyValues(List.of(
                    Map.entry("Course", b.courseName()),
                    Map.entry("Institute / trainer", b.provider()),
                    Map.entry("Dates", date(b.startDate()) + " – " + date(b.endDate())),
                    Map.entry("Fee per trainee (INR)", b.fee().toPlainString()),
                    Map.entry("Trainees completed", String.valueOf(completed.size())),
                    Map.entry("Amount claimed (INR)", total.toPlainString())));
            // few columns, so a certificate number never wraps
            pdf.table(List.of("Trainee (case number)", "Certificate number", "Fee (INR)"), rows);
            pdf.paragraph("Certified that the trainees above completed the course and received the certificates listed.");
        }
        return out.toByteArray();
    }

    /** The certificate and the claim are written in English. */
    private static String date(LocalDate d) {
        return DateFormats.date(d, Locale.ENGLISH);
    }

    static String hoursText(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ENGLISH, "%.1f", hours);
    }
}
