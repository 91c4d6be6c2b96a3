package org.aashray.counselling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class AttendanceAlertRuleTest {

    static final String KEY = "counselling.attendance-not-recorded";

    @Autowired RuleProbe probe;
    @Autowired CounsellingService counselling;
    @Autowired SessionRecordService records;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(KEY);
    }

    @Test
    @WithUserDetails("counsellor")
    void attendance_not_recorded_2_days_after_a_session_alerts_the_counsellor_escalates_and_resolves_once_recorded() {
        long home = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        List<Long> people = jdbc.queryForList(
                "select id from residents where home_id = ? and status = 'IN_RESIDENCE' order by id limit 1 offset 7", Long.class, home);
        // a Monday long past, far from the demo sessions and the other counselling tests
        LocalDateTime start = LocalDate.of(2031, 3, 3).minusWeeks(320).atTime(15, 0);
        SessionSummary s = counselling.book(new SessionRequest(home, null, null, SessionKind.INDIVIDUAL, SessionMode.PHONE, people,
                null, start, start.plusHours(1), "alert test", 1)).getFirst();
        LocalDate due = start.toLocalDate().plusDays(2); // the default "attendance alert days"

        // one day after the session it is not yet an alert; on the second day it is
        probe.run(KEY, start.toLocalDate().plusDays(1).minusDays(1));
        org.assertj.core.api.Assertions.assertThat(probe.open(KEY, "CounsellingSession", s.id())).isEmpty();
        LocalDate escalated = probe.raisesThenEscalates(KEY, "CounsellingSession", s.id(), home, Role.COUNSELLOR, due, due, null);
        records.recordAttendance(s.id(), s.version(), Attendance.ATTENDED, null, null, null);
        probe.resolvesOn(KEY, "CounsellingSession", s.id(), escalated);
    }
}
