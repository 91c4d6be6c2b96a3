package org.aashray.reintegration.verification;

import static org.aashray.reintegration.internal.ReintegrationAccess.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.reintegration.internal.ReintegrationAccess;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.nocontact.NoContactGate;
import org.aashray.reintegration.nocontact.NoContactStep;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;
import org.springframework.data.domain.Pageable;
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
    private final NoContactGate noContact;
    private final AuditLog audit;
    private final Clock clock;

    VerificationService(VerificationRepository verifications, VerificationFileRepository files,
                        ReintegrationSettingsService settings, HomeStaffDirectory staff, ReintegrationAccess access,
                        NoContactGate noContact, AuditLog audit, Clock clock) {
        this.verifications = verifications;
        this.noContact = noContact;
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
        String destination = clean(r.destination());
        String user = clean(r.assignedUsername());
        String partner = clean(r.assignedPartner());
        String contact = clean(r.contactPerson());
        InputChecks checks = new InputChecks().required("destinationKind", r.destinationKind())
                .text("destination", destination, 300, true)
                .require(user != null || partner != null, "assignedUsername", "reintegration.validation.assignee")
                .maxLength("assignedPartner", partner, 200)
                .require(user == null || staff.staffOf(resident.homeId()).stream().anyMatch(s -> s.username().equals(user)),
                        "assignedUsername", "reintegration.validation.notStaffOfHome")
                .require(r.dueOn() == null || !r.dueOn().isBefore(today), "dueOn", "reintegration.validation.past");
        if (!checks.has("dueOn")) {
            // a verification is due within weeks; a year ahead is the most, year 9999 a typing slip
            checks.within("dueOn", r.dueOn(), today, today.plusYears(1));
        }
        checks.maxLength("contactPerson", contact, 120).throwIfAny();
        LocalDate due = r.dueOn() != null ? r.dueOn() : today.plusDays(settings.settings().getVerificationDueDays());
        HomeVerification v = verifications.saveAndFlush(new HomeVerification(resident.id(), resident.homeId(),
                r.destinationKind(), destination, contact, user, user == null ? partner : null, today,
                access.username(), due));
        audit.recordChange("CREATE", "HomeVerification", v.getId(), v.getHomeId(),
                resident.caseNumber() + ": home verification requested, due " + due, null, snapshot(v));
        return v;
    }

    /** Records the visit; only a counsellor or the care manager of her home, and for a pending verification. */
    @PreAuthorize(ReintegrationAccess.RECORD)
    @Transactional
    public HomeVerification record(long verificationId, long expectedVersion, VerificationVisit visit) {
        HomeVerification v = loadPending(verificationId, expectedVersion);
        LocalDate today = LocalDate.now(clock);
        LocalDate visited = visit.visitDate();
        Boolean involved = visit.involvedInTrafficking();
        new InputChecks().required("visitDate", visited)
                .require(visited == null || !visited.isAfter(today), "visitDate", "reintegration.validation.future")
                .require(visited == null || !visited.isBefore(v.getRequestedOn()), "visitDate",
                        "reintegration.validation.beforeRequest", v.getRequestedOn())
                .required("peopleMet", visit.peopleMet())
                .required("involvedInTrafficking", involved)
                .require(!Boolean.TRUE.equals(involved) || clean(visit.involvementDetails()) != null, "involvementDetails",
                        "reintegration.validation.involvementDetails")
                .required("recommendation", visit.recommendation())
                .required("reasons", visit.reasons())
                .require(visit.recommendation() != Recommendation.SAFE || !Boolean.TRUE.equals(involved), "recommendation",
                        "reintegration.validation.safeButInvolved")
                .maxLength("peopleMet", visit.peopleMet(), 300)
                .maxLength("debts", visit.debts(), 500)
                .maxLength("familyComposition", visit.familyComposition(), 1000)
                .maxLength("economicSituation", visit.economicSituation(), 1000)
                .maxLength("involvementDetails", visit.involvementDetails(), 1000)
                .maxLength("communityAttitude", visit.communityAttitude(), 1000)
                .maxLength("schoolingOrWork", visit.schoolingOrWork(), 1000)
                .maxLength("risks", visit.risks(), 1000)
                .maxLength("reasons", visit.reasons(), 2000)
                .throwIfAny();
        Map<String, String> named = new LinkedHashMap<>();
        named.put("contactPerson", v.getContactPerson());
        named.put("peopleMet", visit.peopleMet());
        noContact.require(v.getResidentId(), NoContactStep.VERIFICATION, named);
        Map<String, Object> before = snapshot(v);
        v.record(new VerificationVisit(visited, clean(visit.peopleMet()), clean(visit.familyComposition()),
                clean(visit.economicSituation()), involved, clean(visit.involvementDetails()),
                clean(visit.debts()), clean(visit.communityAttitude()), clean(visit.schoolingOrWork()), clean(visit.risks()),
                visit.recommendation(), clean(visit.reasons())), access.username());
        flush();
        audit.recordChange("UPDATE", "HomeVerification", v.getId(), v.getHomeId(),
                "Home verification recorded: " + v.getRecommendation(), before, snapshot(v));
        return v;
    }

    /** The care manager lets her next home verification be recorded although it names someone on her no-contact list. */
    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public void overrideNoContact(long residentId, String reason) {
        noContact.override(residentId, NoContactStep.VERIFICATION, reason);
    }

    @PreAuthorize(ReintegrationAccess.MANAGE)
    @Transactional
    public HomeVerification cancel(long verificationId, long expectedVersion, String reason) {
        HomeVerification v = loadPending(verificationId, expectedVersion);
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

    /** Recording and cancelling are for a verification still pending, as the person saw it. */
    private HomeVerification loadPending(long id, long expectedVersion) {
        HomeVerification v = load(id);
        if (v.getStatus() != VerificationStatus.PENDING) throw new ValidationException("status", "reintegration.validation.notPending");
        OptimisticLock.requireVersion("HomeVerification", v.getVersion(), expectedVersion);
        return v;
    }

    private void flush() {
        OptimisticLock.write("HomeVerification", () -> verifications.flush());
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
