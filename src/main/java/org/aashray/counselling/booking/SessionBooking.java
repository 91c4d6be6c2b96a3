package org.aashray.counselling.booking;

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
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.base.ValidationException;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.base.schedule.ScheduleLocks;
import org.aashray.counselling.EditScope;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.internal.CounsellingChecks;
import org.aashray.counselling.internal.CounsellingSessionRepository;
import org.aashray.counselling.internal.Session;
import org.aashray.counselling.internal.SessionAccess;
import org.aashray.counselling.settings.CounsellingSettings;
import org.aashray.counselling.settings.CounsellingSettingsService;
import org.aashray.homes.BedService;
import org.aashray.homes.RoomSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How a session, or a weekly series, is booked and changed: checked against the home's hours, then the
 * counsellor, residents and room are locked (see {@link ScheduleLocks}) and every week is checked for a clash
 * before anything is saved. Runs in the caller's transaction (the counselling facade decides who may).
 */
@Component
public class SessionBooking {

    private static final int MAX_WEEKS = 52;

    private final CounsellingSessionRepository sessions;
    private final SeriesRepository series;
    private final SessionAccess access;
    private final CounsellingSettingsService settings;
    private final ResidentDirectory residents;
    private final BedService rooms;
    private final ConflictChecker conflicts;
    private final ScheduleLocks locks;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SessionBooking(CounsellingSessionRepository sessions, SeriesRepository series, SessionAccess access,
                   CounsellingSettingsService settings, ResidentDirectory residents, BedService rooms, ConflictChecker conflicts,
                   ScheduleLocks locks, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.access = access;
        this.settings = settings;
        this.residents = residents;
        this.rooms = rooms;
        this.conflicts = conflicts;
        this.locks = locks;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public List<SessionSummary> book(SessionRequest r) {
        currentUser.requireHome(r.homeId());
        InputChecks checks = CounsellingChecks.times(new InputChecks(), r.start(), r.end(), settings.effective(r.homeId()));
        CounsellingChecks.dateAndTopic(checks, r.start(), r.topic(), LocalDate.now(clock));
        Map<Long, String> people = checkPlan(checks, r.homeId(), r);
        int weeks = r.weeks() <= 0 ? 1 : r.weeks();
        checks.require(weeks <= MAX_WEEKS, "weeks", "counselling.validation.weeks", MAX_WEEKS);
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
        checks.throwIfAny();
        String roomName = roomName(r.homeId(), r.roomId());

        Map<Party, String> parties = parties(counsellorId, counsellorName, people, r.roomId(), roomName);
        locks.lock(parties.keySet());
        List<LocalDateTime> starts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) starts.add(r.start().plusWeeks(w));
        // one refusal naming every clash of every week, not only the first week's
        conflicts.requireFree("start", parties, starts, Duration.between(r.start(), r.end()), Set.of());
        Long seriesId = weeks > 1 ? series.save(new Series(r.homeId(), counsellorId, r.start(), weeks, clock.instant())).getId() : null;
        List<Session> booked = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            Session s = new Session(r.homeId(), seriesId, counsellorId, counsellorName);
            s.plan(r.kind(), r.mode(), r.roomId(), roomName, r.start().plusWeeks(w), r.end().plusWeeks(w), clean(r.topic()), people);
            booked.add(sessions.save(s));
        }
        sessions.flush();
        audit.recordChange("CREATE", "CounsellingSession", booked.getFirst().getId(), r.homeId(),
                (weeks > 1 ? "Weekly series of " + weeks + " sessions" : "Session") + " booked from " + r.start(),
                null, booked.getFirst().snapshot());
        return booked.stream().map(s -> s.summary(true)).toList();
    }

    /** Changes one session, or it and the later open sessions of its series not changed alone; returns how many. */
    public int reschedule(long sessionId, long version, SessionRequest change, EditScope scope) {
        Session opened = access.ofMyHomes(sessionId);
        OptimisticLock.requireVersion("Counselling session", opened.getVersion(), version);
        CounsellingSettings limits = settings.effective(opened.getHomeId());
        InputChecks checks = CounsellingChecks.times(new InputChecks(), change.start(), change.end(), limits);
        CounsellingChecks.dateAndTopic(checks, change.start(), change.topic(), LocalDate.now(clock));
        Map<Long, String> people = checkPlan(checks, opened.getHomeId(), change);
        checks.throwIfAny();
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
        List<LocalDateTime> starts = new ArrayList<>();
        for (Session s : affected) {
            LocalDateTime start = s.getStartsAt().plus(shift);
            CounsellingChecks.times(new InputChecks(), start, start.plus(length), limits).throwIfAny();
            starts.add(start);
        }
        conflicts.requireFree("start", parties, starts, length, ignore);
        for (Session s : affected) {
            Map<String, Object> before = s.snapshot();
            LocalDateTime start = s.getStartsAt().plus(shift);
            s.plan(change.kind(), change.mode(), change.roomId(), roomName, start, start.plus(length), clean(change.topic()), people);
            if (scope == EditScope.THIS_SESSION && s.getSeriesId() != null) s.setEditedAlone(true);
            audit.recordChange("UPDATE", "CounsellingSession", s.getId(), s.getHomeId(),
                    scope == EditScope.FROM_THIS_ON ? "Series changed from " + opened.getStartsAt().toLocalDate() + " on" : "Session changed",
                    before, s.snapshot());
        }
        OptimisticLock.write("Session", sessions::flush);
        return affected.size();
    }

    /** Kind, mode, room and who takes part: residents of this home, in residence; their names by id. */
    private Map<Long, String> checkPlan(InputChecks checks, long homeId, SessionRequest r) {
        checks.require(r.kind() != null, "kind", CounsellingChecks.REQUIRED)
                .require(r.mode() != null, "mode", CounsellingChecks.REQUIRED)
                .require(r.mode() != SessionMode.IN_PERSON || r.roomId() != null, "room", "counselling.validation.roomRequired");
        Map<Long, String> people = new LinkedHashMap<>();
        List<Long> ids = r.residentIds();
        if (ids == null || ids.isEmpty()) {
            checks.add("residents", "counselling.validation.residentRequired");
            return people;
        }
        checks.require(r.kind() != SessionKind.INDIVIDUAL || ids.size() == 1, "residents", "counselling.validation.individualOne");
        for (Long id : ids) {
            Optional<ResidentSummary> found = residents.find(id);
            if (found.isEmpty() || found.get().homeId() != homeId || found.get().status() != ResidentStatus.IN_RESIDENCE) {
                checks.add("residents", "counselling.validation.residentNotHere");
            } else {
                people.put(id, found.get().name());
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

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
