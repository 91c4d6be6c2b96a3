package org.aashray.counselling.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.aashray.base.ValidationException;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionKind;
import org.aashray.counselling.SessionMode;
import org.aashray.counselling.SessionRequest;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.homes.BedService;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.StaffAccount;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo counselling for the "counsellor" login in Asha Transit Home (SUN-T): a weekly individual series that
 * began four weeks ago (past sessions attended, with notes and scores), a weekly group, today's sessions and
 * one past session still waiting for attendance. Once; a booking that would clash is skipped.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCounselling implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounselling.class);
    private final CounsellingService counselling;
    private final SessionRecordService records;
    private final ResidentDirectory residents;
    private final HomeService homes;
    private final BedService beds;
    private final UserAdminService users;
    private final Clock clock;

    DemoCounselling(CounsellingService counselling, SessionRecordService records, ResidentDirectory residents, HomeService homes,
                    BedService beds, UserAdminService users, Clock clock) {
        this.counselling = counselling;
        this.records = records;
        this.residents = residents;
        this.homes = homes;
        this.beds = beds;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        HomeSummary home = homes.accessibleHomes().stream().filter(h -> h.code().equals("SUN-T")).findFirst().orElse(null);
        StaffAccount counsellor = users.list("counsellor", PageRequest.of(0, 5)).stream()
                .filter(a -> a.username().equals("counsellor")).findFirst().orElse(null);
        if (home == null || counsellor == null || counselling.counsellors(home.id()).containsKey(counsellor.id())) return;
        List<ResidentSummary> people = residents.search(new ResidentFilter(null, null, home.id(), ResidentStatus.IN_RESIDENCE,
                null, null, null), PageRequest.of(0, 8, Sort.by("name")));
        if (people.size() < 5) return;
        long room = beds.rooms(home.id()).getFirst().id();
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        List<SessionSummary> series = book(home, counsellor, SessionKind.INDIVIDUAL, List.of(people.get(0)), room,
                monday.minusWeeks(4).atTime(10, 0), 60, 12);
        int[] wellbeing = {3, 4, 4, 6};
        int[] phq9 = {17, 15, 12, 10};
        String[] notes = {"First session: she slept badly and did not want to talk about home. Agreed to meet weekly.",
                "Talked about her younger brother; asked whether she could call him.",
                "Calmer. Practised breathing exercises; she wants to learn tailoring.",
                "Spoke about the journey from the village for the first time. Plan: family counselling after home verification."};
        for (int i = 0; i < series.size() && i < 4; i++) {
            SessionSummary s = series.get(i);
            if (s.start().isBefore(LocalDateTime.now(clock))) {
                records.recordAttendance(s.id(), s.version(), Attendance.ATTENDED, null, wellbeing[i], phq9[i]);
                records.writeNote(s.id(), notes[i]);
            }
        }
        book(home, counsellor, SessionKind.GROUP, people.subList(1, 4), room, monday.plusDays(2).atTime(14, 0), 90, 8);
        book(home, counsellor, SessionKind.INDIVIDUAL, List.of(people.get(4)), null, today.atTime(11, 30), 45, 1);
        book(home, counsellor, SessionKind.FAMILY, List.of(people.get(1)), room, today.atTime(16, 0), 60, 1);
        book(home, counsellor, SessionKind.INDIVIDUAL, List.of(people.get(2)), room, today.minusDays(3).atTime(12, 0), 60, 1);
        log.info("Demo counselling seeded for {}", home.code());
    }

    private List<SessionSummary> book(HomeSummary home, StaffAccount counsellor, SessionKind kind, List<ResidentSummary> who,
                                      Long room, LocalDateTime start, int minutes, int weeks) {
        try {
            return counselling.book(new SessionRequest(home.id(), counsellor.id(), counsellor.displayName(), kind,
                    room == null ? SessionMode.PHONE : SessionMode.IN_PERSON, who.stream().map(ResidentSummary::id).toList(),
                    room, start, start.plusMinutes(minutes), null, weeks));
        } catch (ValidationException e) {
            log.info("Demo session at {} skipped: {}", start, e.getMessage());
            return List.of();
        }
    }
}
