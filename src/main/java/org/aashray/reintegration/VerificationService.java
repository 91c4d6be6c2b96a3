package org.aashray.reintegration;

import static org.aashray.reintegration.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Home verifications: the care manager requests and assigns them, the visiting counsellor or care manager records them. */
@Service
public class VerificationService {

    /** What a photo or scanned document may be, and how large. */
    public static final Set<String> FILE_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    /** A stored file's name, type and size (the content is fetched separately). */
    public record FileInfo(long id, String fileName, String mimeType, int sizeBytes) {
    }

    private final VerificationRepository verifications;
    private final VerificationFileRepository files;
    private final ReintegrationSettingsService settings;
    private final HomeStaffDirectory staff;
    private final ReintegrationAccess access;
    private final AuditLog audit;
    private final Clock clock;

    VerificationService(VerificationRepository verifications, VerificationFileRepository files,
                        ReintegrationSettingsService settings, HomeStaffDirectory staff, ReintegrationAccess access,
                        AuditLog audit, Clock clock) {
        this.verifications = verifications;
        this.files = files;
        this.settings = settings;
        this.staff = staff;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public HomeVerification request(VerificationRequest r) {
        ResidentSummary resident = access.resident(r.residentId());
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        String destination = clean(r.destination());
        String user = clean(r.assignedUsername());
        String partner = clean(r.assignedPartner());
        if (r.destinationKind() == null) errors.add(new FieldError("destinationKind", "validation.required"));
        if (destination == null) errors.add(new FieldError("destination", "validation.required"));
        else if (destination.length() > 300) errors.add(new FieldError("destination", "reintegration.validation.tooLong", 300));
        if (user == null && partner == null) errors.add(new FieldError("assignedUsername", "reintegration.validation.assignee"));
        if (partner != null && partner.length() > 200) errors.add(new FieldError("assignedPartner", "reintegration.validation.tooLong", 200));
        if (user != null && staff.staffOf(resident.homeId()).stream().noneMatch(s -> s.username().equals(user))) {
            errors.add(new FieldError("assignedUsername", "reintegration.validation.notStaffOfHome"));
        }
        if (r.dueOn() != null && r.dueOn().isBefore(today)) errors.add(new FieldError("dueOn", "reintegration.validation.past"));
        else if (r.dueOn() != null && r.dueOn().isAfter(today.plusYears(1))) {
            // a verification is due within weeks; a year ahead is the most, year 9999 a typing slip
            errors.add(new FieldError("dueOn", "validation.dateRange", today, today.plusYears(1)));
        }
        String contact = clean(r.contactPerson());
        if (contact != null && contact.length() > 120) errors.add(new FieldError("contactPerson", "reintegration.validation.tooLong", 120));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        LocalDate due = r.dueOn() != null ? r.dueOn() : today.plusDays(settings.settings().getVerificationDueDays());
        HomeVerification v = verifications.saveAndFlush(new HomeVerification(resident.id(), resident.homeId(),
                r.destinationKind(), destination, clean(r.contactPerson()), user, user == null ? partner : null, today,
                access.username(), due));
        audit.recordChange("CREATE", "HomeVerification", v.getId(), v.getHomeId(),
                resident.caseNumber() + ": home verification requested, due " + due, null, snapshot(v));
        return v;
    }

    /** Records the visit; only a counsellor or the care manager of her home, and for a pending verification. */
    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public HomeVerification record(long verificationId, long expectedVersion, VerificationVisit visit) {
        HomeVerification v = load(verificationId);
        if (v.getStatus() != VerificationStatus.PENDING) throw new ValidationException("status", "reintegration.validation.notPending");
        if (v.getVersion() != expectedVersion) throw new ConcurrentEditException("HomeVerification", null);
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (visit.visitDate() == null) errors.add(new FieldError("visitDate", "validation.required"));
        else if (visit.visitDate().isAfter(today)) errors.add(new FieldError("visitDate", "reintegration.validation.future"));
        else if (visit.visitDate().isBefore(v.getRequestedOn())) errors.add(new FieldError("visitDate", "reintegration.validation.beforeRequest", v.getRequestedOn()));
        if (clean(visit.peopleMet()) == null) errors.add(new FieldError("peopleMet", "validation.required"));
        if (visit.involvedInTrafficking() == null) errors.add(new FieldError("involvedInTrafficking", "validation.required"));
        else if (visit.involvedInTrafficking() && clean(visit.involvementDetails()) == null) {
            errors.add(new FieldError("involvementDetails", "reintegration.validation.involvementDetails"));
        }
        if (visit.recommendation() == null) errors.add(new FieldError("recommendation", "validation.required"));
        if (clean(visit.reasons()) == null) errors.add(new FieldError("reasons", "validation.required"));
        if (visit.recommendation() == Recommendation.SAFE && Boolean.TRUE.equals(visit.involvedInTrafficking())) {
            errors.add(new FieldError("recommendation", "reintegration.validation.safeButInvolved"));
        }
        tooLong(errors, "peopleMet", visit.peopleMet(), 300);
        tooLong(errors, "debts", visit.debts(), 500);
        for (var e : Map.of("familyComposition", nz(visit.familyComposition()), "economicSituation", nz(visit.economicSituation()),
                "involvementDetails", nz(visit.involvementDetails()), "communityAttitude", nz(visit.communityAttitude()),
                "schoolingOrWork", nz(visit.schoolingOrWork()), "risks", nz(visit.risks())).entrySet()) {
            tooLong(errors, e.getKey(), e.getValue(), 1000);
        }
        tooLong(errors, "reasons", visit.reasons(), 2000);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Map<String, Object> before = snapshot(v);
        v.record(new VerificationVisit(visit.visitDate(), clean(visit.peopleMet()), clean(visit.familyComposition()),
                clean(visit.economicSituation()), visit.involvedInTrafficking(), clean(visit.involvementDetails()),
                clean(visit.debts()), clean(visit.communityAttitude()), clean(visit.schoolingOrWork()), clean(visit.risks()),
                visit.recommendation(), clean(visit.reasons())), access.username());
        flush();
        audit.recordChange("UPDATE", "HomeVerification", v.getId(), v.getHomeId(),
                "Home verification recorded: " + v.getRecommendation(), before, snapshot(v));
        return v;
    }

    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public HomeVerification cancel(long verificationId, long expectedVersion, String reason) {
        HomeVerification v = load(verificationId);
        if (v.getStatus() != VerificationStatus.PENDING) throw new ValidationException("status", "reintegration.validation.notPending");
        if (v.getVersion() != expectedVersion) throw new ConcurrentEditException("HomeVerification", null);
        String why = clean(reason);
        if (why == null) throw new ValidationException("cancelReason", "validation.required");
        Map<String, Object> before = snapshot(v);
        v.cancel(why.length() > 300 ? why.substring(0, 300) : why);
        flush();
        audit.recordChange("UPDATE", "HomeVerification", v.getId(), v.getHomeId(), "Home verification cancelled: " + why,
                before, snapshot(v));
        return v;
    }

    /** The resident's verifications, newest first; reading them is logged (they describe her family). */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<HomeVerification> ofResident(long residentId) {
        ResidentSummary r = access.resident(residentId);
        audit.recordAccess("HomeVerification", residentId, r.homeId(), "reintegration");
        return verifications.findByResidentIdOrderByRequestedOnDescIdDesc(residentId);
    }

    /** Pending verifications of the caller's homes, earliest due first, a page at a time. */
    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<HomeVerification> pending(Pageable pageable) {
        return verifications.pending(access.isSystem(), access.homes(), pageable);
    }

    /** Pending verifications assigned to the caller. */
    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional(readOnly = true)
    public List<HomeVerification> assignedToMe(Pageable pageable) {
        return verifications.pendingFor(access.username(), pageable).stream()
                .filter(v -> access.isSystem() || access.homes().contains(v.getHomeId())).toList();
    }

    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public FileInfo addFile(long verificationId, String fileName, String mimeType, byte[] content) {
        HomeVerification v = load(verificationId);
        if (mimeType == null || !FILE_TYPES.contains(mimeType)) throw new ValidationException("file", "reintegration.validation.fileType");
        if (content == null || content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new ValidationException("file", "reintegration.validation.fileSize", MAX_FILE_BYTES / (1024 * 1024));
        }
        String name = clean(fileName) == null ? "file" : clean(fileName);
        VerificationFile f = files.saveAndFlush(new VerificationFile(v.getId(), name.length() > 200 ? name.substring(0, 200) : name,
                mimeType, content, clock.instant(), access.username()));
        audit.recordChange("CREATE", "VerificationFile", f.getId(), v.getHomeId(), "File added to home verification " + v.getId(),
                null, Map.of("fileName", f.getFileName(), "mimeType", mimeType, "size", content.length));
        return new FileInfo(f.getId(), f.getFileName(), f.getMimeType(), f.getSizeBytes());
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public List<FileInfo> files(long verificationId) {
        load(verificationId);
        return files.findByVerificationIdOrderById(verificationId).stream()
                .map(f -> new FileInfo(f.getId(), f.getFileName(), f.getMimeType(), f.getSizeBytes())).toList();
    }

    @PreAuthorize(ReintegrationAccess.READ)
    @Transactional(readOnly = true)
    public byte[] fileContent(long fileId) {
        VerificationFile f = files.findById(fileId).orElseThrow();
        HomeVerification v = load(f.getVerificationId());
        audit.recordAccess("VerificationFile", fileId, v.getHomeId(), "reintegration");
        return f.getContent();
    }

    private HomeVerification load(long id) {
        HomeVerification v = verifications.findById(id).orElseThrow(() -> new AccessDeniedException("No verification " + id));
        access.resident(v.getResidentId());
        return v;
    }

    private void flush() {
        try {
            verifications.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("HomeVerification", e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) errors.add(new FieldError(field, "reintegration.validation.tooLong", max));
    }

    static Map<String, Object> snapshot(HomeVerification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("residentId", v.getResidentId());
        m.put("destinationKind", String.valueOf(v.getDestinationKind()));
        m.put("assignee", String.valueOf(v.assignee()));
        m.put("dueOn", v.getDueOn());
        m.put("status", v.getStatus());
        m.put("visitDate", String.valueOf(v.getVisitDate()));
        m.put("involvedInTrafficking", String.valueOf(v.getInvolvedInTrafficking()));
        m.put("recommendation", String.valueOf(v.getRecommendation()));
        m.put("cancelReason", String.valueOf(v.getCancelReason()));
        return m;
    }
}
