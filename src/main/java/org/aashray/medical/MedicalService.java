package org.aashray.medical;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.base.schedule.ScheduleLocks;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments, admission health checks and medical notes. Medical staff see and change everything of
 * their homes; care managers see dates, places and what is due, never purpose, results or findings.
 */
@Service
public class MedicalService {

    static final String READ = "hasAnyRole('MEDICAL','CARE_MANAGER','SYSTEM')";
    static final String WRITE = "hasAnyRole('MEDICAL','SYSTEM')";

    private final AppointmentRepository appointments;
    private final HealthCheckRepository checks;
    private final MedicalRecordRepository records;
    private final ResidentDirectory residents;
    private final ConflictChecker conflicts;
    private final ScheduleLocks locks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    MedicalService(AppointmentRepository appointments, HealthCheckRepository checks, MedicalRecordRepository records,
                   ResidentDirectory residents, ConflictChecker conflicts, ScheduleLocks locks, CurrentUser currentUser,
                   AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.checks = checks;
        this.records = records;
        this.residents = residents;
        this.conflicts = conflicts;
        this.locks = locks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books an appointment; refused if the resident (or, in-house, the staff member) is taken at that time. */
    @PreAuthorize(WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AppointmentSummary book(AppointmentRequest r) {
        currentUser.requireHome(r.homeId());
        ResidentSummary resident = check(r);
        long staffId = r.staffId() != null ? r.staffId() : me().id();
        String staffName = r.staffId() != null ? r.staffName() : me().displayName();
        Appointment a = new Appointment(r.homeId(), staffId, staffName);
        requireFree(r, resident, staffId, staffName, Set.of());
        a.plan(resident.id(), resident.name(), r.kind(), r.place().trim(), r.start(), r.end(), clean(r.purpose()));
        appointments.saveAndFlush(a);
        audit.recordChange("CREATE", "MedicalAppointment", a.getId(), a.getHomeId(), r.kind() + " booked for " + r.start(),
                null, snapshot(a));
        return AppointmentSummary.of(a, true);
    }

    @PreAuthorize(WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AppointmentSummary change(long id, long version, AppointmentRequest r) {
        Appointment a = load(id);
        currentUser.requireHome(a.getHomeId());
        requireVersion(a.getVersion(), version);
        ResidentSummary resident = check(r);
        requireFree(r, resident, a.getStaffId(), a.getStaffName(), Set.of(MedicalBusyTime.SOURCE + id));
        Map<String, Object> before = snapshot(a);
        a.plan(resident.id(), resident.name(), r.kind(), r.place().trim(), r.start(), r.end(), clean(r.purpose()));
        flush();
        audit.recordChange("UPDATE", "MedicalAppointment", id, a.getHomeId(), "Appointment changed", before, snapshot(a));
        return AppointmentSummary.of(a, true);
    }

    /** Records what happened: done (with result), missed or cancelled. */
    @PreAuthorize(WRITE)
    @Transactional
    public AppointmentSummary recordOutcome(long id, long version, AppointmentStatus status, String result) {
        Appointment a = load(id);
        currentUser.requireHome(a.getHomeId());
        requireVersion(a.getVersion(), version);
        if (status == null) throw new ValidationException("status", "medical.validation.required");
        requireFits("result", result);
        Map<String, Object> before = snapshot(a);
        a.setStatus(status);
        a.setResult(clean(result));
        flush();
        audit.recordChange("OUTCOME", "MedicalAppointment", id, a.getHomeId(), "Appointment " + status, before, snapshot(a));
        return AppointmentSummary.of(a, true);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public AppointmentSummary get(long id) {
        Appointment a = load(id);
        currentUser.requireHome(a.getHomeId());
        boolean confidential = confidential(a.getHomeId());
        if (confidential) audit.recordAccess("MedicalAppointment", id, a.getHomeId(), "Opened appointment");
        return AppointmentSummary.of(a, confidential);
    }

    /** Appointments of a home, or of one resident when {@code residentId} is given, overlapping [from, to). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AppointmentSummary> calendar(long homeId, Long residentId, LocalDateTime from, LocalDateTime to) {
        currentUser.requireHome(homeId);
        List<Appointment> found = residentId == null
                ? appointments.ofHome(homeId, from, to, from.minusDays(1), PageRequest.of(0, 2000))
                : appointments.ofResident(residentId, from, to, from.minusDays(1));
        // dates only in calendars: purpose and result are read when an appointment is opened
        return found.stream().filter(a -> a.getHomeId() == homeId).map(a -> AppointmentSummary.of(a, false)).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AppointmentSummary> history(long residentId, int limit) {
        ResidentSummary r = resident(residentId);
        boolean confidential = confidential(r.homeId());
        if (confidential) audit.recordAccess("MedicalHistory", residentId, r.homeId(), "Read appointments");
        return appointments.findByResidentIdOrderByStartsAtDesc(residentId, PageRequest.of(0, limit)).stream()
                .map(a -> AppointmentSummary.of(a, confidential)).toList();
    }

    /** Admission health checks not yet done in the caller's homes, earliest due first (for the medical view and alerts). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> openHealthChecks(int limit) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<HealthCheck> open = currentUser.seesAllHomes() ? checks.openEverywhere(PageRequest.of(0, limit))
                : currentUser.homeIds().isEmpty() ? List.of() : checks.openIn(currentUser.homeIds(), PageRequest.of(0, limit));
        return open.stream().map(c -> HealthCheckSummary.of(c, false, now)).toList();
    }

    /** Admission health checks not done and due on or before {@code by}, in all homes: for the alert rule. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<HealthCheckDue> healthChecksDueBy(LocalDate by) {
        return checks.openDueBefore(by.plusDays(1).atStartOfDay()).stream()
                .map(c -> new HealthCheckDue(c.getId(), c.getResidentId(), c.getHomeId(), c.getDueAt().toLocalDate())).toList();
    }

    /** Health checks past their due time and not done: what the alerts feature turns into a rule. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> overdueHealthChecks(int limit) {
        return openHealthChecks(limit).stream().filter(HealthCheckSummary::overdue).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<HealthCheckSummary> healthChecks(long residentId) {
        ResidentSummary r = resident(residentId);
        boolean confidential = confidential(r.homeId());
        LocalDateTime now = LocalDateTime.now(clock);
        return checks.findByResidentIdOrderByDueAtDesc(residentId).stream().map(c -> HealthCheckSummary.of(c, confidential, now)).toList();
    }

    @PreAuthorize(WRITE)
    @Transactional
    public HealthCheckSummary recordHealthCheck(long checkId, long version, String findings) {
        HealthCheck c = checks.findById(checkId).orElseThrow(() -> new AccessDeniedException("No such check"));
        currentUser.requireHome(c.getHomeId());
        requireVersion(c.getVersion(), version);
        if (findings == null || findings.isBlank()) throw new ValidationException("findings", "medical.validation.required");
        requireFits("findings", findings);
        c.done(LocalDateTime.now(clock), username(), findings.trim());
        try {
            checks.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Health check", e);
        }
        audit.recordChange("DONE", "HealthCheck", checkId, c.getHomeId(), "Admission health check done", Map.of("done", false),
                Map.of("done", true));
        return HealthCheckSummary.of(c, true, LocalDateTime.now(clock));
    }

    /** Ongoing conditions and medication: medical staff of the home only; each read is logged. */
    @PreAuthorize("hasRole('MEDICAL')")
    @Transactional(readOnly = true)
    public MedicalNotes notes(long residentId) {
        ResidentSummary r = resident(residentId);
        requireMedicalOf(r.homeId());
        audit.recordAccess("MedicalRecord", residentId, r.homeId(), "Read conditions and medication");
        return records.findById(residentId)
                .map(m -> new MedicalNotes(residentId, m.getConditions(), m.getMedication(), m.getUpdatedBy(), m.getUpdatedAt(), m.getVersion()))
                .orElse(new MedicalNotes(residentId, null, null, null, null, -1));
    }

    @PreAuthorize(WRITE)
    @Transactional
    public MedicalNotes saveNotes(long residentId, long version, String conditions, String medication) {
        ResidentSummary r = resident(residentId);
        requireMedicalOf(r.homeId());
        List<FieldError> errors = new ArrayList<>();
        tooLong(errors, "conditions", conditions);
        tooLong(errors, "medication", medication);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        MedicalRecord m = records.findById(residentId).orElse(null);
        if (m == null) {
            if (version != -1) throw new ConcurrentEditException("Medical record", null);
            m = new MedicalRecord(residentId, r.homeId());
        } else {
            requireVersion(m.getVersion(), version);
        }
        m.update(clean(conditions), clean(medication), username(), clock.instant());
        try {
            m = records.saveAndFlush(m);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Medical record", e);
        }
        audit.recordChange("UPDATE", "MedicalRecord", residentId, r.homeId(), "Conditions and medication updated", null, Map.of());
        return new MedicalNotes(residentId, m.getConditions(), m.getMedication(), m.getUpdatedBy(), m.getUpdatedAt(), m.getVersion());
    }

    /** Whether the caller may see purpose, results and findings of this home. */
    @PreAuthorize("isAuthenticated()")
    public boolean confidential(long homeId) {
        return currentUser.has(Role.MEDICAL) && currentUser.homeIds().contains(homeId);
    }

    private ResidentSummary check(AppointmentRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.kind() == null) errors.add(new FieldError("kind", "medical.validation.required"));
        if (r.place() == null || r.place().isBlank()) errors.add(new FieldError("place", "medical.validation.required"));
        if (r.start() == null) errors.add(new FieldError("start", "medical.validation.required"));
        if (r.end() == null) errors.add(new FieldError("end", "medical.validation.required"));
        if (r.start() != null && r.end() != null) {
            if (!r.end().isAfter(r.start())) errors.add(new FieldError("end", "medical.validation.endBeforeStart"));
            else if (Duration.between(r.start(), r.end()).toHours() >= 24) errors.add(new FieldError("end", "medical.validation.tooLong"));
        }
        ResidentSummary resident = residents.find(r.residentId()).orElse(null);
        if (resident == null || resident.homeId() != r.homeId() || resident.status() != ResidentStatus.IN_RESIDENCE) {
            errors.add(new FieldError("resident", "medical.validation.residentNotHere"));
        } else if (r.start() != null) {
            // an appointment from the year before her admission (recorded late) up to ten years ahead; year 0 or
            // 9999 is a typing slip, not a plan
            LocalDate earliest = LocalDate.of(resident.admittedOn().getYear() - 1, 1, 1);
            LocalDate latest = LocalDate.now(clock).plusYears(APPOINTMENT_YEARS_AHEAD);
            LocalDate day = r.start().toLocalDate();
            if (day.isBefore(earliest) || day.isAfter(latest)) {
                errors.add(new FieldError("date", "validation.dateRange", earliest, latest));
            }
        }
        tooLong(errors, "purpose", r.purpose());
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return resident;
    }

    private void requireFree(AppointmentRequest r, ResidentSummary resident, long staffId, String staffName, Set<String> ignore) {
        Map<Party, String> parties = new LinkedHashMap<>();
        parties.put(Party.resident(resident.id()), resident.name());
        if (r.kind() == AppointmentKind.IN_HOUSE) parties.put(Party.staff(staffId), staffName);
        locks.lock(parties.keySet());
        conflicts.requireFree("start", parties, r.start(), r.end(), ignore);
    }

    private void requireMedicalOf(long homeId) {
        if (!(currentUser.get().isEmpty() && currentUser.seesAllHomes()) && !confidential(homeId)) {
            throw new AccessDeniedException("Medical details are for the home's medical staff only");
        }
    }

    private ResidentSummary resident(long id) {
        return residents.find(id).orElseThrow(() -> new AccessDeniedException("No access to resident"));
    }

    private AashrayUser me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Name the staff member"));
    }

    private String username() {
        return currentUser.get().map(AashrayUser::getUsername).orElse(AuditLog.SYSTEM_USER);
    }

    private Appointment load(long id) {
        return appointments.findById(id).orElseThrow(() -> new AccessDeniedException("No such appointment"));
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) throw new ConcurrentEditException("Medical record", null);
    }

    private void flush() {
        try {
            appointments.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Appointment", e);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Encrypted texts (purpose, result, findings, conditions, medication) are kept to what their TEXT column holds. */
    static final int MAX_TEXT = 4000;

    static final int APPOINTMENT_YEARS_AHEAD = 10;

    private static void tooLong(List<FieldError> errors, String field, String text) {
        if (text != null && text.trim().length() > MAX_TEXT) errors.add(new FieldError(field, "validation.tooLong", MAX_TEXT));
    }

    private static void requireFits(String field, String text) {
        List<FieldError> errors = new ArrayList<>();
        tooLong(errors, field, text);
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }

    /** What the audit trail keeps: never purpose or result. */
    private static Map<String, Object> snapshot(Appointment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resident", a.getResidentId());
        m.put("kind", a.getKind());
        m.put("place", a.getPlace());
        m.put("start", String.valueOf(a.getStartsAt()));
        m.put("end", String.valueOf(a.getEndsAt()));
        m.put("status", a.getStatus());
        return m;
    }
}
