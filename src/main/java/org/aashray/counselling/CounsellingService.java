package org.aashray.counselling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.base.schedule.ScheduleLocks;
import org.aashray.homes.BedService;
import org.aashray.homes.RoomSummary;
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
 * Booking, changing and recording counselling sessions. Bookings lock the counsellor, residents and room
 * (see {@link ScheduleLocks}) and read committed data, so a slot taken a moment ago is seen and refused.
 */
@Service
public class CounsellingService {

    static final String READ = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";
    static final String BOOK = "hasAnyRole('COUNSELLOR','SYSTEM')";
    private static final int MAX_WEEKS = 52;

    private final CounsellingSessionRepository sessions;
    private final SeriesRepository series;
    private final NoteRepository notes;
    private final CounsellingSettingsService settings;
    private final ResidentDirectory residents;
    private final BedService rooms;
    private final ConflictChecker conflicts;
    private final ScheduleLocks locks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CounsellingService(CounsellingSessionRepository sessions, SeriesRepository series, NoteRepository notes,
                       CounsellingSettingsService settings, ResidentDirectory residents, BedService rooms,
                       ConflictChecker conflicts, ScheduleLocks locks, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.notes = notes;
        this.settings = settings;
        this.residents = residents;
        this.rooms = rooms;
        this.conflicts = conflicts;
        this.locks = locks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books one session, or a weekly series when {@code weeks} &gt; 1; all or nothing. */
    @PreAuthorize(BOOK)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<SessionSummary> book(SessionRequest r) {
        currentUser.requireHome(r.homeId());
        CounsellingSettings limits = settings.effective(r.homeId());
        List<FieldError> errors = new ArrayList<>(CounsellingRules.checkTimes(r.start(), r.end(), limits));
        CounsellingRules.checkDateAndTopic(errors, r.start(), r.topic(), LocalDate.now(clock));
        Map<Long, String> people = checkPlan(r.homeId(), r.kind(), r.mode(), r.residentIds(), r.roomId(), errors);
        int weeks = r.weeks() <= 0 ? 1 : r.weeks();
        if (weeks > MAX_WEEKS) errors.add(new FieldError("weeks", "counselling.validation.weeks", MAX_WEEKS));
        long counsellorId;
        String counsellorName;
        if (r.counsellorId() != null) {
            counsellorId = r.counsellorId();
            counsellorName = r.counsellorName();
        } else {
            AashrayUser me = currentUser.get().orElseThrow(() -> new AccessDeniedException("No counsellor"));
            counsellorId = me.id();
            counsellorName = me.displayName();
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        String roomName = roomName(r.homeId(), r.roomId());

        Map<Party, String> parties = parties(counsellorId, counsellorName, people, r.roomId(), roomName);
        locks.lock(parties.keySet());
        for (int w = 0; w < weeks; w++) {
            conflicts.requireFree("start", parties, r.start().plusWeeks(w), r.end().plusWeeks(w), Set.of());
        }
        Long seriesId = null;
        if (weeks > 1) {
            seriesId = series.save(new Series(r.homeId(), counsellorId, r.start(), weeks, clock.instant())).getId();
        }
        List<SessionSummary> booked = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Session s = new Session(r.homeId(), seriesId, counsellorId, counsellorName);
            s.plan(r.kind(), r.mode(), r.roomId(), roomName, r.start().plusWeeks(w), r.end().plusWeeks(w), clean(r.topic()), people);
            sessions.save(s);
            booked.add(SessionSummary.of(s, true));
        }
        sessions.flush();
        audit.recordChange("CREATE", "CounsellingSession", booked.getFirst().id(), r.homeId(),
                (weeks > 1 ? "Weekly series of " + weeks + " sessions" : "Session") + " booked from " + r.start(),
                null, snapshot(sessions.findById(booked.getFirst().id()).orElseThrow()));
        return booked;
    }

    /**
     * Changes a session: only this one (it is then marked as changed alone, the rest of its series stays), or
     * this and every later session of its series whose attendance is open and that was not changed alone. The
     * shift in start time and the new length apply to each; any clash refuses the whole change.
     */
    @PreAuthorize(BOOK)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int reschedule(long sessionId, long version, SessionRequest change, EditScope scope) {
        Session opened = load(sessionId);
        currentUser.requireHome(opened.getHomeId());
        requireVersion(opened, version);
        CounsellingSettings limits = settings.effective(opened.getHomeId());
        List<FieldError> errors = new ArrayList<>(CounsellingRules.checkTimes(change.start(), change.end(), limits));
        CounsellingRules.checkDateAndTopic(errors, change.start(), change.topic(), LocalDate.now(clock));
        Map<Long, String> people = checkPlan(opened.getHomeId(), change.kind(), change.mode(), change.residentIds(),
                change.roomId(), errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        String roomName = roomName(opened.getHomeId(), change.roomId());

        List<Session> affected = new ArrayList<>();
        if (scope == EditScope.FROM_THIS_ON && opened.getSeriesId() != null) {
            for (Session s : sessions.findBySeriesIdAndStartsAtGreaterThanEqualOrderByStartsAt(opened.getSeriesId(), opened.getStartsAt())) {
                if (s.getId().equals(opened.getId()) || (!s.isEditedAlone() && s.getAttendance() == null)) affected.add(s);
            }
        } else {
            affected.add(opened);
        }
        Duration shift = Duration.between(opened.getStartsAt(), change.start());
        Duration length = Duration.between(change.start(), change.end());
        Map<Party, String> parties = parties(opened.getCounsellorId(), opened.getCounsellorName(), people, change.roomId(), roomName);
        locks.lock(parties.keySet());
        Set<String> ignore = new HashSet<>();
        affected.forEach(s -> ignore.add(CounsellingBusyTime.SOURCE + s.getId()));
        for (Session s : affected) {
            LocalDateTime start = s.getStartsAt().plus(shift);
            LocalDateTime end = start.plus(length);
            List<FieldError> timeErrors = CounsellingRules.checkTimes(start, end, limits);
            if (!timeErrors.isEmpty()) throw new ValidationException(timeErrors);
            conflicts.requireFree("start", parties, start, end, ignore);
        }
        for (Session s : affected) {
            Map<String, Object> before = snapshot(s);
            LocalDateTime start = s.getStartsAt().plus(shift);
            s.plan(change.kind(), change.mode(), change.roomId(), roomName, start, start.plus(length), clean(change.topic()), people);
            if (scope == EditScope.THIS_SESSION && s.getSeriesId() != null) s.setEditedAlone(true);
            audit.recordChange("UPDATE", "CounsellingSession", s.getId(), s.getHomeId(),
                    scope == EditScope.FROM_THIS_ON ? "Series changed from " + opened.getStartsAt().toLocalDate() + " on" : "Session changed",
                    before, snapshot(s));
        }
        flush("Session");
        return affected.size();
    }

    /** Records attendance (a cancellation needs a reason) and, optionally, assessment scores. */
    @PreAuthorize(BOOK)
    @Transactional
    public SessionSummary recordAttendance(long sessionId, long version, Attendance attendance, String reason,
                                           Integer wellbeing, Integer phq9) {
        Session s = load(sessionId);
        currentUser.requireHome(s.getHomeId());
        requireVersion(s, version);
        List<FieldError> errors = new ArrayList<>();
        if (attendance == null) errors.add(new FieldError("attendance", "counselling.validation.required"));
        if (attendance == Attendance.CANCELLED && (reason == null || reason.isBlank())) {
            errors.add(new FieldError("reason", "counselling.validation.reasonRequired"));
        }
        if (wellbeing != null && (wellbeing < 0 || wellbeing > 10)) errors.add(new FieldError("wellbeing", "counselling.validation.range", 0, 10));
        if (phq9 != null && (phq9 < 0 || phq9 > 27)) errors.add(new FieldError("phq9", "counselling.validation.range", 0, 27));
        if (reason != null && reason.trim().length() > CounsellingRules.MAX_REASON) {
            errors.add(new FieldError("reason", "validation.tooLong", CounsellingRules.MAX_REASON));
        }
        if (attendance != null && attendance != Attendance.CANCELLED && s.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            errors.add(new FieldError("attendance", "counselling.validation.notYet"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Map<String, Object> before = snapshot(s);
        s.setAttendance(attendance);
        s.setCancelReason(attendance == Attendance.CANCELLED ? reason.trim() : null);
        boolean scored = attendance == Attendance.ATTENDED;
        s.setWellbeingScore(scored ? wellbeing : null);
        s.setPhq9Score(scored ? phq9 : null);
        flush("Session");
        audit.recordChange("ATTENDANCE", "CounsellingSession", s.getId(), s.getHomeId(), "Attendance " + attendance, before, snapshot(s));
        return SessionSummary.of(s, true);
    }

    /** Writes the session's confidential note (encrypted at rest); counsellors of the home only. */
    @PreAuthorize("hasAnyRole('COUNSELLOR','SYSTEM')")
    @Transactional
    public void writeNote(long sessionId, String text) {
        Session s = load(sessionId);
        requireCounsellorOf(s.getHomeId());
        if (text == null || text.isBlank()) throw new ValidationException("note", "counselling.validation.required");
        if (text.trim().length() > CounsellingRules.MAX_NOTE) {
            throw new ValidationException("note", "validation.tooLong", CounsellingRules.MAX_NOTE);
        }
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
        Session s = load(sessionId);
        requireCounsellorOf(s.getHomeId());
        Optional<String> text = notes.findById(sessionId).map(SessionNote::getText);
        audit.recordAccess("CounsellingNote", sessionId, s.getHomeId(), "Read counselling note");
        return text;
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public SessionSummary get(long sessionId) {
        Session s = load(sessionId);
        currentUser.requireHome(s.getHomeId());
        return SessionSummary.of(s, maySeeScores());
    }

    /** The sessions of a counsellor, resident or home overlapping [from, to). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> calendar(CalendarScope scope, LocalDateTime from, LocalDateTime to) {
        LocalDateTime bound = from.minusDays(1);
        List<Session> found = switch (scope.kind()) {
            case COUNSELLOR -> sessions.ofCounsellor(scope.id(), from, to, bound);
            case RESIDENT -> {
                residents.find(scope.id()).orElseThrow(() -> new AccessDeniedException("No access to resident"));
                yield sessions.ofResident(scope.id(), from, to, bound);
            }
            case HOME -> {
                currentUser.requireHome(scope.id());
                yield sessions.ofHome(scope.id(), from, to, bound, PageRequest.of(0, 2000));
            }
        };
        boolean scores = maySeeScores();
        return found.stream().filter(s -> currentUser.mayAccessHome(s.getHomeId())).map(s -> SessionSummary.of(s, scores)).toList();
    }

    /** A resident's latest sessions, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> history(long residentId, int offset, int limit) {
        residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
        boolean scores = maySeeScores();
        return sessions.historyOfResident(residentId, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .filter(s -> currentUser.mayAccessHome(s.getHomeId())).map(s -> SessionSummary.of(s, scores)).toList();
    }

    /** Assessment scores of a resident's attended sessions, oldest first: counsellors only. */
    @PreAuthorize("hasRole('COUNSELLOR')")
    @Transactional(readOnly = true)
    public List<ScorePoint> scores(long residentId) {
        ResidentSummary r = residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
        requireCounsellorOf(r.homeId());
        audit.recordAccess("CounsellingScores", residentId, r.homeId(), "Read assessment scores");
        return sessions.historyOfResident(residentId, PageRequest.of(0, 200)).reversed().stream()
                .filter(s -> s.getAttendance() == Attendance.ATTENDED && (s.getWellbeingScore() != null || s.getPhq9Score() != null))
                .map(s -> new ScorePoint(s.getStartsAt().toLocalDate(), s.getWellbeingScore(), s.getPhq9Score())).toList();
    }

    /** Counsellors who have sessions in the home, and the caller if she is one: for the calendar's picker. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Map<Long, String> counsellors(long homeId) {
        currentUser.requireHome(homeId);
        Map<Long, String> out = new LinkedHashMap<>();
        currentUser.get().filter(u -> u.has(Role.COUNSELLOR)).ifPresent(u -> out.put(u.id(), u.displayName()));
        sessions.counsellorsOf(Set.of(homeId)).forEach(row -> out.putIfAbsent((Long) row[0], (String) row[1]));
        return out;
    }

    /** Sessions that ended more than {@code days} days ago and still have no attendance (for the day view and alerts). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> attendanceNotRecorded(int days, int limit) {
        LocalDateTime before = LocalDateTime.now(clock).minusDays(days);
        List<Session> found = currentUser.seesAllHomes()
                ? sessions.withoutAttendanceEverywhere(before, PageRequest.of(0, limit))
                : currentUser.homeIds().isEmpty() ? List.of()
                : sessions.withoutAttendance(currentUser.homeIds(), before, PageRequest.of(0, limit));
        return found.stream().map(s -> SessionSummary.of(s, false)).toList();
    }

    /**
     * Sessions without attendance whose alert date (the day the session ended plus the home's "attendance alert
     * days" setting) is on or before {@code by}: for the alert rule, which the application runs for all homes.
     */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(readOnly = true)
    public List<AttendanceDue> attendanceDueBy(LocalDate by) {
        Map<Long, Integer> days = new java.util.HashMap<>();
        return sessions.withoutAttendanceEverywhere(by.plusDays(1).atStartOfDay(), PageRequest.of(0, 100_000)).stream()
                .map(s -> new AttendanceDue(s.getId(), s.getHomeId(), s.getEndsAt().toLocalDate(), s.getEndsAt().toLocalDate()
                        .plusDays(days.computeIfAbsent(s.getHomeId(), h -> settings.effective(h).getAttendanceAlertDays()))))
                .filter(d -> !d.dueOn().isAfter(by)).toList();
    }

    /** Residents of the home (in residence) whose last session, or admission if none, is older than the home's setting. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ResidentDue> residentsWithoutSession(long homeId) {
        currentUser.requireHome(homeId);
        int days = settings.effective(homeId).getNoSessionAlertDays();
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minusDays(days);
        List<ResidentSummary> inHome = residents.search(new org.aashray.residents.ResidentFilter(null, null, homeId,
                ResidentStatus.IN_RESIDENCE, null, null, null), PageRequest.of(0, 1000));
        if (inHome.isEmpty()) return List.of();
        Map<Long, LocalDate> last = new LinkedHashMap<>();
        sessions.lastSessions(inHome.stream().map(ResidentSummary::id).toList(), LocalDateTime.now(clock))
                .forEach(row -> last.put(((Number) row[0]).longValue(), ((LocalDateTime) row[1]).toLocalDate()));
        return inHome.stream()
                .filter(r -> { LocalDate l = last.get(r.id()); return (l == null ? r.admittedOn() : l).isBefore(cutoff); })
                .map(r -> new ResidentDue(r.id(), r.name(), r.admittedOn(), last.get(r.id()))).toList();
    }

    private Map<Long, String> checkPlan(long homeId, SessionKind kind, SessionMode mode, List<Long> residentIds, Long roomId,
                                        List<FieldError> errors) {
        if (kind == null) errors.add(new FieldError("kind", "counselling.validation.required"));
        if (mode == null) errors.add(new FieldError("mode", "counselling.validation.required"));
        if (mode == SessionMode.IN_PERSON && roomId == null) errors.add(new FieldError("room", "counselling.validation.roomRequired"));
        Map<Long, String> people = new LinkedHashMap<>();
        if (residentIds == null || residentIds.isEmpty()) {
            errors.add(new FieldError("residents", "counselling.validation.residentRequired"));
            return people;
        }
        if (kind == SessionKind.INDIVIDUAL && residentIds.size() > 1) {
            errors.add(new FieldError("residents", "counselling.validation.individualOne"));
        }
        for (Long id : residentIds) {
            Optional<ResidentSummary> r = residents.find(id);
            if (r.isEmpty() || r.get().homeId() != homeId || r.get().status() != ResidentStatus.IN_RESIDENCE) {
                errors.add(new FieldError("residents", "counselling.validation.residentNotHere"));
            } else {
                people.put(id, r.get().name());
            }
        }
        return people;
    }

    private String roomName(long homeId, Long roomId) {
        if (roomId == null) return null;
        return rooms.rooms(homeId).stream().filter(r -> r.id() == roomId).map(RoomSummary::name).findFirst()
                .orElseThrow(() -> new ValidationException("room", "counselling.validation.roomRequired"));
    }

    private static Map<Party, String> parties(long counsellorId, String counsellorName, Map<Long, String> people, Long roomId,
                                              String roomName) {
        Map<Party, String> parties = new LinkedHashMap<>();
        parties.put(Party.staff(counsellorId), counsellorName);
        people.forEach((id, name) -> parties.put(Party.resident(id), name));
        if (roomId != null) parties.put(Party.room(roomId), roomName);
        return parties;
    }

    private void requireCounsellorOf(long homeId) {
        boolean system = currentUser.seesAllHomes() && !currentUser.has(Role.COUNSELLOR) && currentUser.get().isEmpty();
        if (!system && !(currentUser.has(Role.COUNSELLOR) && currentUser.homeIds().contains(homeId))) {
            throw new AccessDeniedException("Counselling notes are for the home's counsellors only");
        }
    }

    private boolean maySeeScores() {
        return currentUser.has(Role.COUNSELLOR);
    }

    private Session load(long id) {
        return sessions.findById(id).orElseThrow(() -> new AccessDeniedException("No such session"));
    }

    private static void requireVersion(Session s, long version) {
        if (s.getVersion() != version) throw new ConcurrentEditException("Counselling session", null);
    }

    private void flush(String what) {
        try {
            sessions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException(what, e);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("counsellor", s.getCounsellorName());
        m.put("kind", s.getKind());
        m.put("mode", s.getMode());
        m.put("room", s.getRoomName());
        m.put("start", String.valueOf(s.getStartsAt()));
        m.put("end", String.valueOf(s.getEndsAt()));
        m.put("residents", s.residents().keySet().toString());
        m.put("attendance", s.getAttendance());
        m.put("cancelReason", s.getCancelReason());
        return m;
    }
}
