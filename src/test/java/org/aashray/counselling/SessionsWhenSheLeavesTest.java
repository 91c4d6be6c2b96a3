package org.aashray.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class SessionsWhenSheLeavesTest {

    @Autowired CounsellingService counselling;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;

    /** A day years ahead that no other test books, at 10:00 (the counsellor works 09:00 to 18:00). */
    static LocalDateTime farAhead(int offset) {
        return LocalDate.now().plusYears(3).plusDays(offset + System.nanoTime() % 200 * 3).atTime(10, 0);
    }

    SessionSummary book(SessionKind kind, List<Long> residents, LocalDateTime start) {
        long home = lifecycle.homeId("SUN-T");
        return fx.as("counsellor", () -> counselling.book(new SessionRequest(home, null, null, kind, SessionMode.PHONE, residents,
                null, start, start.plusHours(1), "lifecycle test", 1))).getFirst();
    }

    SessionSummary reread(long sessionId) {
        return fx.as("counsellor", () -> counselling.get(sessionId));
    }

    @Test
    void a_transfer_cancels_her_own_coming_sessions_as_transferred_and_a_group_session_goes_on_without_her() {
        long her = fx.placedResident("SUN-T", "Session Transfer Rekha").resident().id();
        long other = fx.placedResident("SUN-T", "Session Stays Mou").resident().id();
        SessionSummary alone = book(SessionKind.INDIVIDUAL, List.of(her), farAhead(0));
        SessionSummary group = book(SessionKind.GROUP, List.of(her, other), farAhead(1));

        lifecycle.transfer(her, "SUN-L");

        SessionSummary cancelled = reread(alone.id());
        assertThat(cancelled.attendance()).isEqualTo(Attendance.CANCELLED);
        assertThat(cancelled.cancelCause()).isEqualTo(CancelCause.TRANSFERRED);
        assertThat(new BundleTranslationProvider().getTranslation("counselling.cancelCause." + cancelled.cancelCause(), Locale.ENGLISH))
                .isEqualTo("Transferred");
        SessionSummary goesOn = reread(group.id());
        assertThat(goesOn.attendance()).isNull();
        assertThat(goesOn.residents()).containsOnlyKeys(other);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'CounsellingSession' and action = 'CANCEL'"
                + " and entity_id in (?, ?)", Integer.class, String.valueOf(alone.id()), String.valueOf(group.id()))).isEqualTo(2);
    }

    @Test
    void an_exit_cancels_her_coming_sessions_as_left_the_home_and_leaves_her_past_ones_alone() {
        long her = fx.placedResident("SUN-T", "Session Exit Parul").resident().id();
        SessionSummary coming = book(SessionKind.INDIVIDUAL, List.of(her), farAhead(2));
        LocalDateTime past = LocalDate.now().minusDays(2).atTime(17, 0);
        SessionSummary held = book(SessionKind.INDIVIDUAL, List.of(her), past);

        lifecycle.exit(her);

        assertThat(reread(coming.id())).satisfies(s -> {
            assertThat(s.attendance()).isEqualTo(Attendance.CANCELLED);
            assertThat(s.cancelCause()).isEqualTo(CancelCause.LEFT_HOME);
        });
        assertThat(reread(held.id()).attendance()).as("a session already held is not cancelled").isNull();
    }
}
