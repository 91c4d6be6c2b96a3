package org.aashray.counselling.day;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.internal.CounsellingSessionRepository;
import org.aashray.counselling.internal.Session;
import org.aashray.counselling.settings.CounsellingSettingsService;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a counsellor's day asks beyond today's sessions: who has not been seen for too long, what is still unrecorded. */
@Service
public class CounsellorDayService {

    private final CounsellingSessionRepository sessions;
    private final CounsellingSettingsService settings;
    private final ResidentDirectory residents;
    private final CurrentUser currentUser;
    private final Clock clock;

    CounsellorDayService(CounsellingSessionRepository sessions, CounsellingSettingsService settings, ResidentDirectory residents,
                         CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.residents = residents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Sessions that ended more than {@code days} days ago and still have no attendance, in the caller's homes. */
    @PreAuthorize(CounsellingService.READ)
    @Transactional(readOnly = true)
    public List<SessionSummary> attendanceNotRecorded(int days, int limit) {
        LocalDateTime before = LocalDateTime.now(clock).minusDays(days);
        List<Session> found = currentUser.seesAllHomes()
                ? sessions.withoutAttendanceEverywhere(before, PageRequest.of(0, limit))
                : currentUser.homeIds().isEmpty() ? List.of()
                : sessions.withoutAttendance(currentUser.homeIds(), before, PageRequest.of(0, limit));
        return found.stream().map(s -> s.summary(false)).toList();
    }

    /** Residents of the home (in residence) whose last session, or admission if none, is older than the home's setting. */
    @PreAuthorize(CounsellingService.READ)
    @Transactional(readOnly = true)
    public List<ResidentDue> residentsWithoutSession(long homeId) {
        currentUser.requireHome(homeId);
        LocalDate cutoff = LocalDate.now(clock).minusDays(settings.effective(homeId).getNoSessionAlertDays());
        List<ResidentSummary> inHome = residents.search(new ResidentFilter(null, null, homeId, ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 1000));
        if (inHome.isEmpty()) return List.of();
        Map<Long, LocalDate> last = new LinkedHashMap<>();
        sessions.lastSessions(inHome.stream().map(ResidentSummary::id).toList(), LocalDateTime.now(clock))
                .forEach(row -> last.put(((Number) row[0]).longValue(), ((LocalDateTime) row[1]).toLocalDate()));
        return inHome.stream()
                .filter(r -> (last.containsKey(r.id()) ? last.get(r.id()) : r.admittedOn()).isBefore(cutoff))
                .map(r -> new ResidentDue(r.id(), r.name(), r.admittedOn(), last.get(r.id()))).toList();
    }
}
