package org.aashray.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aashray.base.ValidationException;
import org.aashray.base.i18n.BundleTranslationProvider;
import org.aashray.counselling.records.ScorePoint;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class CounsellingServiceTest {

    @Autowired CounsellingService counselling;
    @Autowired SessionRecordService records;
    @Autowired JdbcTemplate jdbc;
    @Autowired javax.sql.DataSource dataSource;
    private final BundleTranslationProvider texts = new BundleTranslationProvider();

    long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    /** Residents of the home nobody else in this class uses: each test picks its own by offset. */
    List<Long> residents(String home, int offset, int count) {
        return jdbc.queryForList("select id from residents where home_id = ? and status = 'IN_RESIDENCE' order by id limit ? offset ?",
                Long.class, homeId(home), count, offset);
    }

    long room(String home, String name) {
        return jdbc.queryForObject("select id from rooms where home_id = ? and name = ?", Long.class, homeId(home), name);
    }

    /** A Monday far from the demo data, so demo sessions never clash with the tests. */
    LocalDateTime at(int weeksFromBase, int hour, int minute) {
        return LocalDate.of(2031, 3, 3).plusWeeks(weeksFromBase).atTime(hour, minute);
    }

    SessionRequest request(String home, List<Long> residents, Long room, LocalDateTime start, LocalDateTime end, int weeks) {
        return new SessionRequest(homeId(home), null, null, residents.size() > 1 ? SessionKind.GROUP : SessionKind.INDIVIDUAL,
                room == null ? SessionMode.PHONE : SessionMode.IN_PERSON, residents, room, start, end, "test", weeks);
    }

    String message(ValidationException e) {
        ValidationException.FieldError error = e.errors().getFirst();
        return texts.getTranslation(error.messageKey(), Locale.ENGLISH, error.args());
    }

    @Test
    @WithUserDetails("counsellor")
    void two_counsellors_racing_for_the_same_room_and_slot_get_one_booking_and_one_refusal() throws Exception {
        SecurityContext me = SecurityContextHolder.getContext();
        List<Long> people = residents("SUN-T", 0, 2);
        long room = room("SUN-T", "Room 1");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            SessionRequest r = request("SUN-T", List.of(people.get(i)), room, at(0, 10, 0), at(0, 11, 0), 1);
            Callable<String> book = () -> {
                SecurityContextHolder.setContext(me);
                start.await();
                try {
                    counselling.book(r);
                    return "booked";
                } catch (ValidationException e) {
                    return e.errors().getFirst().messageKey();
                }
            };
            results.add(pool.submit(book));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) outcomes.add(f.get());
        pool.shutdown();
        // the loser is refused for the counsellor (and the room), both already taken by the winner
        assertThat(outcomes).containsExactlyInAnyOrder("booked", "counselling.clash.staff");
        assertThat(jdbc.queryForObject("select count(*) from counselling_sessions where room_id = ? and starts_at = ?",
                Integer.class, room, at(0, 10, 0))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_booking_that_cannot_get_its_turn_within_seconds_is_refused_with_try_again_and_nothing_is_saved() throws Exception {
        List<Long> people = residents("SUN-T", 9, 1);
        long room = room("SUN-T", "Room 2");
        // a colleague's booking of the same room, still in its transaction, holds the room's lock
        try (java.sql.Connection colleague = dataSource.getConnection()) {
            colleague.setAutoCommit(false);
            try (var hold = colleague.prepareStatement("insert into schedule_locks (party_type, party_id) values ('ROOM', ?) "
                    + "on duplicate key update party_id = party_id")) {
                hold.setLong(1, room);
                hold.executeUpdate();
            }
            long started = System.nanoTime();
            ValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                    () -> counselling.book(request("SUN-T", people, room, at(14, 10, 0), at(14, 11, 0), 1)));
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            colleague.rollback();

            assertThat(refused).as("refused, not left waiting for InnoDB's 50 s").isNotNull();
            assertThat(refused.errors()).extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("start", "schedule.busy"));
            assertThat(message(refused)).contains("try again");
            assertThat(waitedMs).as("gave up after about 3 s").isBetween(2_500L, 20_000L);
        }
        assertThat(jdbc.queryForObject("select count(*) from counselling_sessions where room_id = ? and starts_at = ?",
                Integer.class, room, at(14, 10, 0))).isZero();
        // once the colleague is done, the same booking goes through
        counselling.book(request("SUN-T", people, room, at(14, 10, 0), at(14, 11, 0), 1));
        assertThat(jdbc.queryForObject("select count(*) from counselling_sessions where room_id = ? and starts_at = ?",
                Integer.class, room, at(14, 10, 0))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_resident_already_in_a_session_cannot_be_booked_again_and_the_message_names_her_and_the_time() {
        List<Long> people = residents("SUN-T", 2, 1);
        counselling.book(request("SUN-T", people, null, at(1, 10, 0), at(1, 11, 0), 1));
        String name = jdbc.queryForObject("select name from residents where id = ?", String.class, people.getFirst());

        // another counsellor's booking would clash only through the resident: book as "system" for a colleague
        ValidationException refused = SystemAuthentication.call(() -> org.assertj.core.api.Assertions.catchThrowableOfType(
                ValidationException.class, () -> counselling.book(new SessionRequest(homeId("SUN-T"), 999_001L, "Colleague",
                        SessionKind.INDIVIDUAL, SessionMode.PHONE, people, null, at(1, 10, 30), at(1, 11, 30), null, 1))));

        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().getFirst().field()).isEqualTo("start");
        assertThat(message(refused)).contains(name).contains("10:00–11:00").contains("counselling session");
    }

    @Test
    @WithUserDetails("counsellor")
    void sessions_ending_before_they_start_outside_working_hours_or_too_long_are_refused_next_to_their_fields() {
        List<Long> people = residents("SUN-T", 3, 1);
        assertThatThrownBy(() -> counselling.book(request("SUN-T", people, null, at(2, 11, 0), at(2, 10, 0), 1)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("end"));
        assertThatThrownBy(() -> counselling.book(request("SUN-T", people, null, at(2, 7, 0), at(2, 8, 0), 1)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(message(e)).contains("09:00").contains("18:00"));
        assertThatThrownBy(() -> counselling.book(request("SUN-T", people, null, at(2, 9, 0), at(2, 12, 0), 1)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(message(e)).contains("120"));
        assertThat(jdbc.queryForObject("select count(*) from counselling_participants where resident_id = ?",
                Integer.class, people.getFirst())).isZero();
    }

    @Test
    @WithUserDetails("counsellor")
    void changing_a_series_from_one_date_on_moves_only_that_and_later_sessions_and_keeps_individually_changed_ones() {
        List<Long> people = residents("SUN-T", 4, 1);
        List<SessionSummary> series = counselling.book(request("SUN-T", people, null, at(4, 10, 0), at(4, 11, 0), 6));
        assertThat(series).hasSize(6).allSatisfy(s -> assertThat(s.seriesId()).isEqualTo(series.getFirst().seriesId()));

        // one occurrence (week 5) moved alone to 15:00: nothing else changes
        SessionSummary fifth = series.get(4);
        int changed = counselling.reschedule(fifth.id(), fifth.version(), request("SUN-T", people, null,
                fifth.start().withHour(15), fifth.end().withHour(16), 1), EditScope.THIS_SESSION);
        assertThat(changed).isEqualTo(1);
        assertThat(startHours(series)).containsExactly(10, 10, 10, 10, 15, 10);

        // from the third on, move to 12:00: the 3rd, 4th and 6th move; the 1st, 2nd and the changed 5th stay
        SessionSummary third = counselling.get(series.get(2).id());
        changed = counselling.reschedule(third.id(), third.version(), request("SUN-T", people, null,
                third.start().withHour(12), third.end().withHour(13), 1), EditScope.FROM_THIS_ON);
        assertThat(changed).isEqualTo(3);
        assertThat(startHours(series)).containsExactly(10, 10, 12, 12, 15, 12);
    }

    private List<Integer> startHours(List<SessionSummary> series) {
        return series.stream().map(s -> counselling.get(s.id()).start().getHour()).toList();
    }

    @Test
    @WithUserDetails("counsellor")
    void notes_are_stored_encrypted_and_read_back_by_the_counsellor_with_the_read_logged() {
        List<Long> people = residents("SUN-T", 5, 1);
        SessionSummary s = counselling.book(request("SUN-T", people, null, at(-300, 10, 0), at(-300, 11, 0), 1)).getFirst();
        records.recordAttendance(s.id(), s.version(), Attendance.ATTENDED, null, 6, 9);
        records.writeNote(s.id(), "She spoke about her sister in Kolkata for the first time");

        String column = jdbc.queryForObject("select ciphertext from counselling_notes where session_id = ?", String.class, s.id());
        assertThat(column).doesNotContain("sister").doesNotContain("Kolkata").startsWith("v1:");
        int readsBefore = jdbc.queryForObject("select count(*) from record_access_log where entity_type = 'CounsellingNote' and entity_id = ?",
                Integer.class, String.valueOf(s.id()));
        assertThat(records.readNote(s.id())).contains("She spoke about her sister in Kolkata for the first time");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where entity_type = 'CounsellingNote' and entity_id = ?",
                Integer.class, String.valueOf(s.id()))).isEqualTo(readsBefore + 1);
        assertThat(records.scores(people.getFirst())).extracting(ScorePoint::wellbeing).contains(6);
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_sees_the_schedule_but_not_notes_or_scores() {
        long sessionId = SystemAuthentication.call(() -> {
            SessionSummary s = counselling.book(new SessionRequest(homeId("SUN-T"), 999_002L, "Colleague", SessionKind.INDIVIDUAL,
                    SessionMode.PHONE, residents("SUN-T", 6, 1), null, at(-299, 10, 0), at(-299, 11, 0), null, 1)).getFirst();
            records.writeNote(s.id(), "confidential");
            return s.id();
        });
        assertThat(counselling.get(sessionId).wellbeingScore()).isNull();
        assertThatThrownBy(() -> records.readNote(sessionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.scores(residents("SUN-T", 6, 1).getFirst())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_counsellor_of_another_home_cannot_read_the_note() {
        long sessionId = SystemAuthentication.call(() -> {
            SessionSummary s = counselling.book(new SessionRequest(homeId("SUN-S"), 999_003L, "Colleague", SessionKind.INDIVIDUAL,
                    SessionMode.PHONE, residents("SUN-S", 0, 1), null, at(-298, 10, 0), at(-298, 11, 0), null, 1)).getFirst();
            records.writeNote(s.id(), "confidential");
            return s.id();
        });
        // the demo counsellor works in SUN-T and SUN-L, not SUN-S
        SecurityContextHolder.setContext(asUser("counsellor"));
        try {
            assertThatThrownBy(() -> records.readNote(sessionId)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private SecurityContext asUser(String username) {
        var details = users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(details, null, details.getAuthorities()));
        return ctx;
    }

    @Test
    @WithUserDetails("counsellor")
    void a_cancellation_needs_a_reason_and_frees_the_slot() {
        List<Long> people = residents("SUN-T", 7, 1);
        SessionSummary s = counselling.book(request("SUN-T", people, null, at(8, 14, 0), at(8, 15, 0), 1)).getFirst();
        assertThatThrownBy(() -> records.recordAttendance(s.id(), s.version(), Attendance.CANCELLED, " ", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors().getFirst().field()).isEqualTo("reason"));
        records.recordAttendance(s.id(), s.version(), Attendance.CANCELLED, "Court hearing moved", null, null);
        assertThat(counselling.book(request("SUN-T", people, null, at(8, 14, 0), at(8, 15, 0), 1))).hasSize(1);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_series_that_would_clash_in_a_later_week_is_refused_whole_naming_the_date() {
        List<Long> people = residents("SUN-T", 8, 1);
        counselling.book(request("SUN-T", people, null, at(12, 10, 0), at(12, 11, 0), 1));
        assertThatThrownBy(() -> counselling.book(request("SUN-T", people, null, at(10, 10, 0), at(10, 11, 0), 4)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).contains(
                        at(12, 0, 0).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        assertThat(jdbc.queryForObject("select count(*) from counselling_participants where resident_id = ?",
                Integer.class, people.getFirst())).isEqualTo(1);
    }

    List<String> messages(ValidationException e) {
        return e.errors().stream().map(error -> texts.getTranslation(error.messageKey(), Locale.ENGLISH, error.args())).toList();
    }

    @Test
    @WithUserDetails("counsellor")
    void a_refusal_names_every_clash_hers_the_counsellors_and_the_rooms_in_every_week_of_a_series() {
        List<Long> her = residents("SUN-T", 10, 1);
        String name = jdbc.queryForObject("select name from residents where id = ?", String.class, her.getFirst());
        long room = room("SUN-T", "Room 1");
        counselling.book(request("SUN-T", her, room, at(20, 10, 0), at(20, 11, 0), 1));
        counselling.book(request("SUN-T", her, room, at(22, 10, 0), at(22, 11, 0), 1));

        // three weeks from week 20: weeks 20 and 22 are taken, by her, her counsellor and the room alike
        ValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> counselling.book(request("SUN-T", her, room, at(20, 10, 30), at(20, 11, 30), 3)));

        assertThat(refused.errors()).extracting(ValidationException.FieldError::field).containsOnly("start");
        List<String> expected = new ArrayList<>();
        for (int week : new int[] {20, 22}) {
            String when = at(week, 10, 0).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:00–11:00";
            expected.add(name + " already has a counselling session on " + when + ".");
            expected.add("Kavita Counsellor (demo) already has a counselling session on " + when + ".");
            expected.add("Room 1 is already booked for a counselling session on " + when + ".");
        }
        assertThat(messages(refused)).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForObject("select count(*) from counselling_participants where resident_id = ?",
                Integer.class, her.getFirst())).isEqualTo(2);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_series_over_a_series_names_the_first_clashes_and_counts_the_rest() {
        List<Long> her = residents("SUN-T", 11, 1);
        counselling.book(request("SUN-T", her, null, at(30, 10, 0), at(30, 11, 0), 12));

        ValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
                () -> counselling.book(request("SUN-T", her, null, at(30, 10, 0), at(30, 11, 0), 12)));

        // 12 weeks, each taken by her and her counsellor: 24 clashes, too many to read under a time field
        List<String> shown = messages(refused);
        String first = at(30, 10, 0).toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(shown).hasSize(9);
        assertThat(shown.getFirst()).contains(first + " 10:00–11:00");
        assertThat(shown.getLast()).isEqualTo("…and 16 more clashes.");
    }
}
