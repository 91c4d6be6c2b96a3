package org.aashray.counselling.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.internal.CounsellingChecks;
import org.aashray.counselling.internal.CounsellingSessionRepository;
import org.aashray.counselling.internal.Session;
import org.aashray.counselling.internal.SessionAccess;
import org.aashray.counselling.settings.CounsellingSettingsService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened at a session: attendance (a cancellation needs a reason), the wellbeing and PHQ-9 scores, and
 * the confidential note, encrypted at rest, for the home's counsellors only, every read logged.
 */
@Service
public class SessionRecordService {

    private final CounsellingSessionRepository sessions;
    private final NoteRepository notes;
    private final SessionAccess access;
    private final CounsellingSettingsService settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SessionRecordService(CounsellingSessionRepository sessions, NoteRepository notes, SessionAccess access,
                         CounsellingSettingsService settings, ResidentDirectory residents, CurrentUser currentUser, AuditLog audit,
                         Clock clock) {
        this.sessions = sessions;
        this.notes = notes;
        this.access = access;
        this.settings = settings;
        this.residents = residents;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records attendance (a cancellation needs a reason) and, optionally, assessment scores. */
    @PreAuthorize(CounsellingService.BOOK)
    @Transactional
    public SessionSummary recordAttendance(long sessionId, long version, Attendance attendance, String reason,
                                           Integer wellbeing, Integer phq9) {
        Session s = access.ofMyHomes(sessionId);
        OptimisticLock.requireVersion("Counselling session", s.getVersion(), version);
        boolean cancelled = attendance == Attendance.CANCELLED;
        new InputChecks()
                .require(attendance != null, "attendance", CounsellingChecks.REQUIRED)
                .require(!cancelled || reason != null && !reason.isBlank(), "reason", "counselling.validation.reasonRequired")
                .require(wellbeing == null || wellbeing >= 0 && wellbeing <= 10, "wellbeing", "counselling.validation.range", 0, 10)
                .require(phq9 == null || phq9 >= 0 && phq9 <= 27, "phq9", "counselling.validation.range", 0, 27)
                .maxLength("reason", reason, CounsellingChecks.MAX_REASON)
                .require(attendance == null || cancelled || !s.getStartsAt().isAfter(LocalDateTime.now(clock)),
                        "attendance", "counselling.validation.notYet")
                .throwIfAny();
        Map<String, Object> before = s.snapshot();
        s.setAttendance(attendance);
        s.setCancelReason(cancelled ? reason.trim() : null);
        boolean scored = attendance == Attendance.ATTENDED;
        s.setWellbeingScore(scored ? wellbeing : null);
        s.setPhq9Score(scored ? phq9 : null);
        OptimisticLock.write("Session", sessions::flush);
        audit.recordChange("ATTENDANCE", "CounsellingSession", s.getId(), s.getHomeId(), "Attendance " + attendance, before, s.snapshot());
        return s.summary(true);
    }

    /** Writes the session's confidential note (encrypted at rest); counsellors of the home only. */
    @PreAuthorize("hasAnyRole('COUNSELLOR','SYSTEM')")
    @Transactional
    public void writeNote(long sessionId, String text) {
        Session s = access.load(sessionId);
        access.requireCounsellorOf(s.getHomeId());
        new InputChecks().require(text != null && !text.isBlank(), "note", CounsellingChecks.REQUIRED)
                .maxLength("note", text, CounsellingChecks.MAX_NOTE).throwIfAny();
        SessionNote note = notes.findById(sessionId).orElseGet(() -> new SessionNote(sessionId));
        note.write(text.trim(), currentUser.get().map(AashrayUser::getUsername).orElse(AuditLog.SYSTEM_USER), clock.instant());
        notes.save(note);
        // The audit row says that the note changed, never what it says.
        audit.recordChange("NOTE", "CounsellingSession", sessionId, s.getHomeId(), "Confidential note written", null, Map.of());
    }

    /** Reads the note; counsellors of the session's home only, and every read is logged. */
    @PreAuthorize("hasRole('COUNSELLOR')")
    @Transactional(readOnly = true)
    public Optional<String> readNote(long sessionId) {
        Session s = access.load(sessionId);
        access.requireCounsellorOf(s.getHomeId());
        Optional<String> text = notes.findById(sessionId).map(SessionNote::getText);
        audit.recordAccess("CounsellingNote", sessionId, s.getHomeId(), "Read counselling note");
        return text;
    }

    /** Assessment scores of a resident's attended sessions, oldest first: counsellors only. */
    @PreAuthorize("hasRole('COUNSELLOR')")
    @Transactional(readOnly = true)
    public List<ScorePoint> scores(long residentId) {
        ResidentSummary r = residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
        access.requireCounsellorOf(r.homeId());
        audit.recordAccess("CounsellingScores", residentId, r.homeId(), "Read assessment scores");
        return sessions.historyOfResident(residentId, PageRequest.of(0, 200)).reversed().stream()
                .filter(s -> s.getAttendance() == Attendance.ATTENDED && (s.getWellbeingScore() != null || s.getPhq9Score() != null))
                .map(s -> new ScorePoint(s.getStartsAt().toLocalDate(), s.getWellbeingScore(), s.getPhq9Score())).toList();
    }

    /**
     * Sessions without attendance whose alert date (the day the session ended plus the home's "attendance alert
     * days" setting) is on or before {@code by}: for the deadline, which the application runs for all homes.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<AttendanceDue> attendanceDueBy(LocalDate by) {
        Map<Long, Integer> days = new HashMap<>();
        List<Session> found = sessions.withoutAttendanceEverywhere(by.plusDays(1).atStartOfDay(), PageRequest.of(0, 100_000));
        // a session of residents who have all left care raises nothing: there is nobody left to ask
        Set<Long> inCare = residents.currentHomes(found.stream().flatMap(s -> s.residentIds().stream()).collect(Collectors.toSet()))
                .keySet();
        return found.stream().filter(s -> s.residentIds().stream().anyMatch(inCare::contains))
                .map(s -> new AttendanceDue(s.getId(), s.getHomeId(), s.getEndsAt().toLocalDate(), s.getEndsAt().toLocalDate()
                        .plusDays(days.computeIfAbsent(s.getHomeId(), h -> settings.effective(h).getAttendanceAlertDays()))))
                .filter(d -> !d.dueOn().isAfter(by)).toList();
    }
}
