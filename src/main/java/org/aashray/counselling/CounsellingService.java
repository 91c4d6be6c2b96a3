package org.aashray.counselling;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.counselling.booking.SessionBooking;
import org.aashray.counselling.internal.CounsellingSessionRepository;
import org.aashray.counselling.internal.Session;
import org.aashray.counselling.internal.SessionAccess;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselling schedule: booking and changing sessions, and reading them as calendars and a resident's
 * history. Bookings read committed data (see {@link SessionBooking}), so a slot taken a moment ago is seen and
 * refused. Care managers see the schedule, never scores.
 */
@Service
public class CounsellingService {

    public static final String READ = "hasAnyRole('COUNSELLOR','CARE_MANAGER','SYSTEM')";
    public static final String BOOK = "hasAnyRole('COUNSELLOR','SYSTEM')";

    private final SessionBooking booking;
    private final CounsellingSessionRepository sessions;
    private final SessionAccess access;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;

    CounsellingService(SessionBooking booking, CounsellingSessionRepository sessions, SessionAccess access,
                       ResidentDirectory residents, CurrentUser currentUser) {
        this.booking = booking;
        this.sessions = sessions;
        this.access = access;
        this.residents = residents;
        this.currentUser = currentUser;
    }

    /** Books one session, or a weekly series when {@code weeks} &gt; 1; all or nothing. */
    @PreAuthorize(BOOK)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<SessionSummary> book(SessionRequest r) {
        return booking.book(r);
    }

    /**
     * Changes a session: only this one (it is then marked as changed alone, the rest of its series stays), or
     * this and every later session of its series whose attendance is open and that was not changed alone. The
     * shift in start time and the new length apply to each; any clash refuses the whole change.
     */
    @PreAuthorize(BOOK)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int reschedule(long sessionId, long version, SessionRequest change, EditScope scope) {
        return booking.reschedule(sessionId, version, change, scope);
    }

    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public SessionSummary get(long sessionId) {
        return access.ofMyHomes(sessionId).summary(access.maySeeScores());
    }

    /** The sessions of a counsellor, resident or home overlapping [from, to). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> calendar(CalendarScope scope, LocalDateTime from, LocalDateTime to) {
        LocalDateTime bound = from.minusDays(1);
        List<Session> found = switch (scope.kind()) {
            case COUNSELLOR -> sessions.ofCounsellor(scope.id(), from, to, bound);
            case RESIDENT -> {
                requireResident(scope.id());
                yield sessions.ofResident(scope.id(), from, to, bound);
            }
            case HOME -> {
                currentUser.requireHome(scope.id());
                yield sessions.ofHome(scope.id(), from, to, bound, PageRequest.of(0, 2000));
            }
        };
        boolean scores = access.maySeeScores();
        return found.stream().filter(s -> currentUser.mayAccessHome(s.getHomeId())).map(s -> s.summary(scores)).toList();
    }

    /** A resident's latest sessions, newest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> history(long residentId, int offset, int limit) {
        requireResident(residentId);
        boolean scores = access.maySeeScores();
        return sessions.historyOfResident(residentId, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))).stream()
                .filter(s -> currentUser.mayAccessHome(s.getHomeId())).map(s -> s.summary(scores)).toList();
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

    private void requireResident(long residentId) {
        residents.find(residentId).orElseThrow(() -> new AccessDeniedException("No access to resident"));
    }
}
