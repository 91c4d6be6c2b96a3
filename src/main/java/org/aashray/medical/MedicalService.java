package org.aashray.medical;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.base.schedule.ScheduleLocks;
import org.aashray.medical.appointments.Appointment;
import org.aashray.medical.appointments.AppointmentChecks;
import org.aashray.medical.appointments.AppointmentRepository;
import org.aashray.medical.appointments.MedicalBusyTime;
import org.aashray.medical.internal.MedicalAccess;
import org.aashray.medical.internal.MedicalText;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical appointments (in-house, hospital referral, lab test, follow-up) on the shared schedule. Medical staff
 * see and change everything of their homes; care managers see dates and places, never purpose or results.
 */
@Service
public class MedicalService {

    public static final String READ = "hasAnyRole('MEDICAL','CARE_MANAGER','SYSTEM')";
    public static final String WRITE = "hasAnyRole('MEDICAL','SYSTEM')";

    private final AppointmentRepository appointments;
    private final MedicalAccess access;
    private final ResidentDirectory residents;
    private final ConflictChecker conflicts;
    private final ScheduleLocks locks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    MedicalService(AppointmentRepository appointments, MedicalAccess access, ResidentDirectory residents, ConflictChecker conflicts,
                   ScheduleLocks locks, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.access = access;
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
                null, a.snapshot());
        return a.summary(true);
    }

    @PreAuthorize(WRITE)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AppointmentSummary change(long id, long version, AppointmentRequest r) {
        Appointment a = load(id);
        OptimisticLock.requireVersion("Appointment", a.getVersion(), version);
        ResidentSummary resident = check(r);
        requireFree(r, resident, a.getStaffId(), a.getStaffName(), Set.of(MedicalBusyTime.SOURCE + id));
        Map<String, Object> before = a.snapshot();
        a.plan(resident.id(), resident.name(), r.kind(), r.place().trim(), r.start(), r.end(), clean(r.purpose()));
        OptimisticLock.write("Appointment", appointments::flush);
        audit.recordChange("UPDATE", "MedicalAppointment", id, a.getHomeId(), "Appointment changed", before, a.snapshot());
        return a.summary(true);
    }

    /** Records what happened: done (with result), missed or cancelled. */
    @PreAuthorize(WRITE)
    @Transactional
    public AppointmentSummary recordOutcome(long id, long version, AppointmentStatus status, String result) {
        Appointment a = load(id);
        OptimisticLock.requireVersion("Appointment", a.getVersion(), version);
        if (status == null) throw new ValidationException("status", AppointmentChecks.REQUIRED);
        new InputChecks().maxLength("result", result, MedicalText.MAX_LENGTH).throwIfAny();
        Map<String, Object> before = a.snapshot();
        a.setStatus(status);
        a.setResult(clean(result));
        OptimisticLock.write("Appointment", appointments::flush);
        audit.recordChange("OUTCOME", "MedicalAppointment", id, a.getHomeId(), "Appointment " + status, before, a.snapshot());
        return a.summary(true);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public AppointmentSummary get(long id) {
        Appointment a = load(id);
        boolean confidential = access.confidential(a.getHomeId());
        if (confidential) audit.recordAccess("MedicalAppointment", id, a.getHomeId(), "Opened appointment");
        return a.summary(confidential);
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
        return found.stream().filter(a -> a.getHomeId() == homeId).map(a -> a.summary(false)).toList();
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<AppointmentSummary> history(long residentId, int limit) {
        ResidentSummary r = access.resident(residentId);
        boolean confidential = access.confidential(r.homeId());
        if (confidential) audit.recordAccess("MedicalHistory", residentId, r.homeId(), "Read appointments");
        return appointments.findByResidentIdOrderByStartsAtDesc(residentId, PageRequest.of(0, limit)).stream()
                .map(a -> a.summary(confidential)).toList();
    }

    /** Whether the caller may see purpose, results and findings of this home. */
    @PreAuthorize("isAuthenticated()")
    public boolean confidential(long homeId) {
        return access.confidential(homeId);
    }

    private ResidentSummary check(AppointmentRequest r) {
        ResidentSummary resident = residents.find(r.residentId()).orElse(null);
        AppointmentChecks.check(r, resident, LocalDate.now(clock));
        return resident;
    }

    private void requireFree(AppointmentRequest r, ResidentSummary resident, long staffId, String staffName, Set<String> ignore) {
        Map<Party, String> parties = new LinkedHashMap<>();
        parties.put(Party.resident(resident.id()), resident.name());
        if (r.kind() == AppointmentKind.IN_HOUSE) parties.put(Party.staff(staffId), staffName);
        locks.lock(parties.keySet());
        conflicts.requireFree("start", parties, r.start(), r.end(), ignore);
    }

    private AashrayUser me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("Name the staff member"));
    }

    /** The appointment, if the caller works in its home; an unknown id is refused like a forbidden one. */
    private Appointment load(long id) {
        Appointment a = appointments.findById(id).orElseThrow(() -> new AccessDeniedException("No such appointment"));
        currentUser.requireHome(a.getHomeId());
        return a;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
