package org.aashray.training.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSession;
import org.aashray.training.courses.BatchSessionRepository;
import org.aashray.training.courses.BatchStatus;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.internal.TrainingAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendance for a whole batch, one session at a time; never for a session that has not happened yet. */
@Service
public class AttendanceService {

    private final BatchSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final AttendanceRepository attendance;
    private final BatchService batches;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(BatchSessionRepository sessions, EnrolmentRepository enrolments, AttendanceRepository attendance,
                      BatchService batches, ResidentDirectory directory, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.batches = batches;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional(readOnly = true)
    public AttendanceSheet sheet(long sessionId) {
        BatchSession s = sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("No session " + sessionId));
        BatchSummary batch = batches.summary(s.getBatchId());
        Map<Long, Boolean> marked = attendance.forSession(sessionId).stream()
                .collect(Collectors.toMap(a -> a.getKey().enrolmentId(), Attendance::isPresent));
        List<AttendanceSheet.Row> rows = enrolments.findByBatchIdOrderByIdAsc(batch.id()).stream()
                .filter(e -> marked.containsKey(e.getId()) || e.getStatus() == EnrolmentStatus.ENROLLED
                        || (e.getStatus() != EnrolmentStatus.WAITLISTED && e.getStatus() != EnrolmentStatus.DROPPED))
                .map(e -> new AttendanceSheet.Row(e.getId(), e.getResidentId(),
                        directory.find(e.getResidentId()).map(ResidentSummary::name).orElse("—"), marked.get(e.getId())))
                .toList();
        boolean future = s.getDate().isAfter(LocalDate.now(clock));
        return new AttendanceSheet(s.summary(), batch, future, !future && batch.status() == BatchStatus.OPEN, rows);
    }

    /** Saves who was present (true) or absent (false); everyone named must hold a seat in the session's batch. */
    @PreAuthorize(TrainingAccess.MANAGE)
    @Transactional
    public void mark(long sessionId, Map<Long, Boolean> presence) {
        BatchSession s = sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("No session " + sessionId));
        BatchSummary batch = batches.summary(s.getBatchId());
        currentUser.requireHome(batch.homeId());
        if (s.getDate().isAfter(LocalDate.now(clock))) {
            throw new ValidationException("session", "training.validation.futureSession", s.getDate());
        }
        if (batch.status() != BatchStatus.OPEN) throw new ValidationException("session", "training.validation.batchCompleted");
        Set<Long> allowed = enrolments.findByBatchIdOrderByIdAsc(batch.id()).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).map(Enrolment::getId).collect(Collectors.toSet());
        if (!allowed.containsAll(presence.keySet())) {
            throw new ValidationException("session", "training.validation.notInBatch");
        }
        Map<Long, Attendance> existing = new HashMap<>();
        attendance.forSession(sessionId).forEach(a -> existing.put(a.getKey().enrolmentId(), a));
        presence.forEach((enrolmentId, present) -> {
            Attendance a = existing.get(enrolmentId);
            if (a == null) {
                attendance.save(new Attendance(sessionId, enrolmentId, present));
            } else {
                a.setPresent(present);
            }
        });
        s.setMarked(true);
        long count = presence.values().stream().filter(Boolean::booleanValue).count();
        audit.recordChange("ATTENDANCE", "TrainingSession", sessionId, batch.homeId(), "Attendance of " + s.getDate()
                + ": " + count + " of " + presence.size() + " present", null, Map.of("present", count, "marked", presence.size()));
    }
}
