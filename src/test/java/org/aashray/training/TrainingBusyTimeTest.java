package org.aashray.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.base.schedule.Clash;
import org.aashray.base.schedule.ConflictChecker;
import org.aashray.base.schedule.Party;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A resident in a training session is busy for counselling and medical bookings. */
@AashrayIntegrationTest
class TrainingBusyTimeTest {

    @Autowired ConflictChecker conflicts;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("counsellor")
    void a_counselling_slot_during_her_training_session_is_refused_naming_the_training() {
        Map<String, Object> seat = jdbc.queryForMap("""
                select e.resident_id, s.session_date, s.start_time, s.end_time
                from training_enrolments e join training_sessions s on s.batch_id = e.batch_id
                join homes h on h.id = e.home_id
                where e.status = 'ENROLLED' and h.code = 'SUN-L' order by s.session_date desc limit 1""");
        long resident = ((Number) seat.get("resident_id")).longValue();
        LocalDateTime start = ((Date) seat.get("session_date")).toLocalDate().atTime(((Time) seat.get("start_time")).toLocalTime());
        LocalDateTime end = ((Date) seat.get("session_date")).toLocalDate().atTime(((Time) seat.get("end_time")).toLocalTime());

        List<Clash> during = conflicts.clashes(Map.of(Party.resident(resident), "her"), start.plusMinutes(15), start.plusMinutes(45), Set.of());
        List<Clash> after = conflicts.clashes(Map.of(Party.resident(resident), "her"), end, end.plusMinutes(30), Set.of());

        assertThat(during).anySatisfy(c -> assertThat(c.busy().clashKey()).isEqualTo("training.clash"));
        assertThat(after).noneMatch(c -> c.busy().clashKey().equals("training.clash"));
    }
}
