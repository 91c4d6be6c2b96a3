package org.aashray.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aashray.audit.AuditLog;
import org.aashray.base.ValidationException;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.internal.ResidentService;
import org.aashray.residents.ResidentStatus;
import org.aashray.security.CurrentUser;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchRepository;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.CourseRepository;
import org.aashray.training.courses.SessionSummary;
import org.aashray.training.courses.TrainingSettingsRepository;
import org.aashray.training.enrolment.AttendanceService;
import org.aashray.training.enrolment.EnrolmentRepository;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.LiteracyLevel;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.CertificateService;
import org.aashray.training.outcomes.LivelihoodService;
import org.aashray.training.outcomes.Outcome;
import org.aashray.training.outcomes.OutcomeKind;
import org.aashray.training.outcomes.OutcomeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class TrainingServiceTest {

    @Autowired BatchService batches;
    @Autowired EnrolmentService enrolments;
    @Autowired AttendanceService attendance;
    @Autowired CertificateService certificates;
    @Autowired TrainingSchedule schedule;
    @Autowired ResidentService residents;
    @Autowired IntakeService intakes;
    @Autowired ResidentDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutcomeRepository outcomeRepository;
    @Autowired EnrolmentRepository enrolmentRepository;
    @Autowired BatchRepository batchRepository;
    @Autowired CourseRepository courseRepository;
    @Autowired TrainingSettingsRepository settingsRepository;
    @Autowired CurrentUser currentUser;
    @Autowired AuditLog audit;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    TrainingTestData data;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void setUp() {
        data = new TrainingTestData(intakes, batches, jdbc);
    }

    static void assertRefused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).anySatisfy(err -> {
                    assertThat(err.field()).isEqualTo(field);
                    assertThat(err.messageKey()).isEqualTo(key);
                }));
    }

    String status(long batchId, long residentId) {
        return jdbc.queryForObject("select status from training_enrolments where batch_id = ? and resident_id = ?",
                String.class, batchId, residentId);
    }

    @Test
    @WithUserDetails("trainer")
    void twenty_people_enrolling_at_the_same_moment_never_take_more_seats_than_the_batch_has() throws Exception {
        BatchSummary batch = data.sundayBatch("Tailoring", today.plusDays(7), today.plusWeeks(10), 5, 6);
        List<Long> women = new ArrayList<>();
        for (int i = 0; i < 20; i++) women.add(data.resident("SUN-L", "Race trainee", 25));
        SecurityContext trainer = SecurityContextHolder.getContext();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<EnrolmentStatus>> results = new ArrayList<>();
        for (long id : women) {
            Callable<EnrolmentStatus> enrol = () -> {
                SecurityContextHolder.setContext(trainer);
                start.await();
                return enrolments.enrol(batch.id(), id, LiteracyLevel.BASIC);
            };
            results.add(pool.submit(enrol));
        }
        start.countDown();
        List<EnrolmentStatus> statuses = new ArrayList<>();
        for (Future<EnrolmentStatus> f : results) statuses.add(f.get());
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == EnrolmentStatus.ENROLLED).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == EnrolmentStatus.WAITLISTED).hasSize(15);
        assertThat(jdbc.queryForObject("select count(*) from training_enrolments where batch_id = ? and status = 'ENROLLED'",
                Integer.class, batch.id())).isEqualTo(5);
        assertThat(batches.summary(batch.id()).seated()).isEqualTo(5);
        assertThat(batches.summary(batch.id()).waitlisted()).isEqualTo(15);
    }

    @Test
    @WithUserDetails("trainer")
    void only_adults_in_residence_of_the_home_with_enough_literacy_can_enrol() {
        BatchSummary nursing = data.sundayBatch("Para-nursing (general duty assistant)", today.plusDays(7), today.plusWeeks(16), 10, 7);
        long adult = data.resident("SUN-L", "Eligible adult", 24);
        long girl = data.resident("SUN-L", "Too young", 16);
        long left = data.resident("SUN-L", "Already left", 30);
        SystemAuthentication.run(() -> directory.markStatus(left, ResidentStatus.EXITED, today));
        long elsewhere = data.resident("SUN-T", "Other home", 30);

        assertRefused(() -> enrolments.enrol(nursing.id(), adult, LiteracyLevel.MIDDLE), "literacy", "training.validation.literacy");
        assertRefused(() -> enrolments.enrol(nursing.id(), adult, null), "literacy", "validation.required");
        assertRefused(() -> enrolments.enrol(nursing.id(), girl, LiteracyLevel.SECONDARY), "resident", "training.validation.tooYoung");
        assertRefused(() -> enrolments.enrol(nursing.id(), left, LiteracyLevel.SECONDARY), "resident", "training.validation.notInResidence");
        // the trainer works in SUN-L only: a SUN-T resident is not even visible to her
        assertThatThrownBy(() -> enrolments.enrol(nursing.id(), elsewhere, LiteracyLevel.SECONDARY)).isInstanceOf(AccessDeniedException.class);
        assertThat(batches.summary(nursing.id()).seated()).isZero();

        assertThat(enrolments.enrol(nursing.id(), adult, LiteracyLevel.SECONDARY)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertRefused(() -> enrolments.enrol(nursing.id(), adult, LiteracyLevel.SECONDARY), "resident", "training.validation.alreadyEnrolled");
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_cannot_enrol_a_resident_of_another_home_in_her_batch() {
        BatchSummary batch = data.sundayBatch("Baking", today.plusDays(7), today.plusWeeks(8), 10, 8);
        long sunT = data.resident("SUN-T", "Transit resident", 30);
        assertRefused(() -> enrolments.enrol(batch.id(), sunT, LiteracyLevel.BASIC), "resident", "training.validation.otherHome");
    }

    @Test
    @WithUserDetails("trainer")
    void when_a_trainee_drops_out_the_first_on_the_waitlist_gets_her_seat() {
        BatchSummary batch = data.sundayBatch("Baking", today.plusDays(7), today.plusWeeks(8), 2, 9);
        long a = data.resident("SUN-L", "Seat A", 22), b = data.resident("SUN-L", "Seat B", 23);
        long c = data.resident("SUN-L", "Waiting C", 24), d = data.resident("SUN-L", "Waiting D", 25);
        for (long r : List.of(a, b, c, d)) enrolments.enrol(batch.id(), r, LiteracyLevel.NONE);
        assertThat(List.of(status(batch.id(), c), status(batch.id(), d))).containsOnly("WAITLISTED");

        TraineeRow first = enrolments.trainees(batch.id()).stream().filter(t -> t.residentId() == a).findFirst().orElseThrow();
        assertRefused(() -> enrolments.drop(first.enrolmentId(), first.version(), " "), "reason", "validation.required");
        enrolments.drop(first.enrolmentId(), first.version(), "Went home with her family");

        assertThat(status(batch.id(), a)).isEqualTo("DROPPED");
        assertThat(status(batch.id(), c)).isEqualTo("ENROLLED");
        assertThat(status(batch.id(), d)).isEqualTo("WAITLISTED");
        assertThat(jdbc.queryForObject("select dropout_reason from training_enrolments where id = ?", String.class,
                first.enrolmentId())).isEqualTo("Went home with her family");
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'TrainingEnrolment' and action = 'PROMOTE'"
                + " and entity_id = (select id from training_enrolments where batch_id = ? and resident_id = ?)", Integer.class,
                batch.id(), c)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("trainer")
    void a_resident_cannot_be_in_two_batches_that_meet_at_the_same_time() {
        long her = data.resident("SUN-L", "Busy trainee", 27);
        BatchSummary morning = data.batch("Tailoring", today.plusDays(3), today.plusWeeks(6), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(20, 0), LocalTime.of(21, 0), 10);
        BatchSummary clash = data.batch("Baking", today.plusWeeks(2), today.plusWeeks(8), EnumSet.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(20, 30), LocalTime.of(21, 30), 10);
        BatchSummary later = data.batch("Threadwork and embroidery", today.plusWeeks(2), today.plusWeeks(8), EnumSet.of(DayOfWeek.WEDNESDAY),
                LocalTime.of(21, 0), LocalTime.of(22, 0), 10);
        BatchSummary otherDay = data.batch("Beauty care", today.plusWeeks(2), today.plusWeeks(8), EnumSet.of(DayOfWeek.TUESDAY),
                LocalTime.of(20, 0), LocalTime.of(21, 0), 10);
        enrolments.enrol(morning.id(), her, LiteracyLevel.BASIC);

        assertRefused(() -> enrolments.enrol(clash.id(), her, LiteracyLevel.BASIC), "resident", "training.validation.overlap");
        assertThat(enrolments.enrol(later.id(), her, LiteracyLevel.BASIC)).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(enrolments.enrol(otherDay.id(), her, LiteracyLevel.BASIC)).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @Test
    @WithUserDetails("trainer")
    void dates_times_days_and_seats_out_of_order_get_a_message_each_and_nothing_is_saved() {
        Batch bad = data.draft("SUN-L", "Tailoring", today.plusDays(10), today.plusDays(2), EnumSet.noneOf(DayOfWeek.class),
                LocalTime.of(12, 0), LocalTime.of(11, 0), 0);
        bad.setProvider(" ");
        long before = jdbc.queryForObject("select count(*) from training_batches", Long.class);
        assertThatThrownBy(() -> batches.save(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("endDate", "training.validation.endBeforeStart"),
                                org.assertj.core.groups.Tuple.tuple("endTime", "training.validation.timesOrder"),
                                org.assertj.core.groups.Tuple.tuple("days", "training.validation.noDays"),
                                org.assertj.core.groups.Tuple.tuple("capacity", "training.validation.capacity"),
                                org.assertj.core.groups.Tuple.tuple("provider", "validation.required")));
        assertThat(jdbc.queryForObject("select count(*) from training_batches", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("trainer")
    void sessions_follow_the_timetable_and_attendance_is_refused_for_a_future_session() {
        LocalDate monday = today.minusWeeks(2).with(DayOfWeek.MONDAY);
        BatchSummary batch = data.batch("Retail sales associate", monday, monday.plusWeeks(4).minusDays(1),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(6, 0), LocalTime.of(7, 0), 5);
        List<SessionSummary> sessions = batches.sessions(batch.id());
        assertThat(sessions).hasSize(8).allMatch(s -> s.date().getDayOfWeek() == DayOfWeek.MONDAY
                || s.date().getDayOfWeek() == DayOfWeek.THURSDAY);
        long her = data.resident("SUN-L", "Retail trainee", 21);
        enrolments.enrol(batch.id(), her, LiteracyLevel.MIDDLE);
        long enrolmentId = enrolments.trainees(batch.id()).getFirst().enrolmentId();
        SessionSummary future = sessions.stream().filter(s -> s.date().isAfter(today)).findFirst().orElseThrow();
        SessionSummary past = sessions.getFirst();

        assertRefused(() -> attendance.mark(future.id(), Map.of(enrolmentId, true)), "session", "training.validation.futureSession");
        attendance.mark(past.id(), Map.of(enrolmentId, true));
        assertThat(enrolments.trainees(batch.id()).getFirst().attendancePercent()).isEqualTo(100);
        assertThat(attendance.sheet(future.id()).editable()).isFalse();

        // once attendance is taken, the timetable can no longer move under it
        Batch edit = batches.getForEdit(batch.id());
        edit.setStartTime(LocalTime.of(5, 0));
        assertRefused(() -> batches.save(edit), "startDate", "training.validation.timetableLocked");
    }

    @Test
    @WithUserDetails("trainer")
    void completing_a_batch_certifies_those_above_the_attendance_threshold_and_lists_them_for_the_reimbursement_claim() {
        LocalDate start = today.minusWeeks(6).with(DayOfWeek.SATURDAY);
        BatchSummary batch = data.batch("Dress design", start, start.plusWeeks(4), EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(6, 0), LocalTime.of(7, 0), 5);
        long good = data.resident("SUN-L", "Regular trainee", 26);
        long rare = data.resident("SUN-L", "Rare trainee", 26);
        enrolments.enrol(batch.id(), good, LiteracyLevel.PRIMARY);
        enrolments.enrol(batch.id(), rare, LiteracyLevel.PRIMARY);
        Map<Long, Long> enrolmentOf = new HashMap<>();
        enrolments.trainees(batch.id()).forEach(t -> enrolmentOf.put(t.residentId(), t.enrolmentId()));
        int n = 0;
        for (SessionSummary s : batches.sessions(batch.id())) {
            attendance.mark(s.id(), Map.of(enrolmentOf.get(good), true, enrolmentOf.get(rare), n++ == 0));
        }
        TraineeRow rareRow = enrolments.trainees(batch.id()).stream().filter(t -> t.residentId() == rare).findFirst().orElseThrow();
        assertThat(rareRow.attendancePercent()).isEqualTo(20);
        assertThat(rareRow.belowThreshold()).isTrue();

        int issued = enrolments.complete(batch.id(), batches.summary(batch.id()).version());

        assertThat(issued).isEqualTo(1);
        assertThat(status(batch.id(), good)).isEqualTo("COMPLETED");
        assertThat(status(batch.id(), rare)).isEqualTo("NOT_COMPLETED");
        String number = jdbc.queryForObject("select certificate_number from training_enrolments where batch_id = ? and resident_id = ?",
                String.class, batch.id(), good);
        assertThat(number).startsWith("SUN-L-TRN-");
        // table cells wrap long numbers, so compare without line breaks and spaces
        String claim = CertificatePdfTest.text(certificates.reimbursementClaim(batch.id())).replaceAll("\\s+", "");
        assertThat(claim).contains(number).contains("Dressdesign").contains(residents.summary(good).name().replace(" ", ""))
                .doesNotContain(residents.summary(rare).name().replace(" ", ""));
    }

    @Test
    @WithUserDetails("trainer")
    void outcome_checks_fall_due_at_three_and_six_months_and_are_overdue_after_the_grace_period() {
        LocalDate start = today.minusWeeks(8).with(DayOfWeek.SATURDAY);
        BatchSummary batch = data.batch("Computer basics", start, start.plusWeeks(2), EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(7, 0), LocalTime.of(8, 0), 5);
        long her = data.resident("SUN-L", "Outcome trainee", 29);
        enrolments.enrol(batch.id(), her, LiteracyLevel.PRIMARY);
        long enrolmentId = enrolments.trainees(batch.id()).getFirst().enrolmentId();
        batches.sessions(batch.id()).forEach(s -> attendance.mark(s.id(), Map.of(enrolmentId, true)));
        enrolments.complete(batch.id(), batches.summary(batch.id()).version());
        LocalDate completed = batch.endDate();

        assertThat(checksOf(enrolmentId, completed.plusMonths(3).minusDays(1))).isEmpty();
        assertThat(checksOf(enrolmentId, completed.plusMonths(3))).singleElement().satisfies(c -> {
            assertThat(c.monthsAfter()).isEqualTo(3);
            assertThat(c.dueOn()).isEqualTo(completed.plusMonths(3));
            assertThat(c.overdue()).isFalse();
        });
        assertThat(checksOf(enrolmentId, completed.plusMonths(3).plusDays(14))).singleElement()
                .satisfies(c -> assertThat(c.overdue()).isFalse());
        assertThat(checksOf(enrolmentId, completed.plusMonths(3).plusDays(15))).singleElement()
                .satisfies(c -> assertThat(c.overdue()).isTrue());
        assertThat(checksOf(enrolmentId, completed.plusMonths(6))).extracting(OutcomeCheck::monthsAfter).containsExactly(3, 6);

        Outcome job = new Outcome();
        job.setKind(OutcomeKind.JOB);
        job.setCheckMonth(3);
        job.setRecordedOn(today);
        job.setEmployer("Data entry office");
        assertRefused(() -> record(enrolmentId, job), "jobRole", "validation.required");
        job.setJobRole("Data entry operator");
        job.setMonthlyWage(new java.math.BigDecimal("11000"));
        record(enrolmentId, job);
        assertThat(checksOf(enrolmentId, completed.plusMonths(6))).extracting(OutcomeCheck::monthsAfter).containsExactly(6);
        assertRefused(() -> record(enrolmentId, job), "checkMonth", "training.validation.checkDone");
    }

    /** A fixed clock at noon on {@code day}. */
    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    /** The outcome service as it would answer on {@code day} (a fixed clock). */
    private OutcomeService service(LocalDate day) {
        return new OutcomeService(outcomeRepository, enrolmentRepository, batchRepository, courseRepository, settingsRepository,
                currentUser, on(day));
    }

    private void record(long enrolmentId, Outcome outcome) {
        LivelihoodService livelihoods = new LivelihoodService(outcomeRepository, enrolmentRepository, settingsRepository, directory,
                currentUser, audit, on(today));
        new org.springframework.transaction.support.TransactionTemplate(transactions)
                .executeWithoutResult(tx -> livelihoods.record(enrolmentId, outcome));
    }

    private List<OutcomeCheck> checksOf(long enrolmentId, LocalDate day) {
        return SystemAuthentication.call(() -> service(day).dueChecks()).stream()
                .filter(c -> c.enrolmentId() == enrolmentId).toList();
    }

    @Test
    @WithUserDetails("trainer")
    void other_features_see_when_a_resident_is_busy_with_training() {
        LocalDate sunday = today.plusWeeks(1).with(DayOfWeek.SUNDAY);
        BatchSummary batch = data.sundayBatch("Baking", sunday, sunday.plusWeeks(3), 5, 10);
        long her = data.resident("SUN-L", "Scheduled trainee", 31);
        enrolments.enrol(batch.id(), her, LiteracyLevel.NONE);
        List<TrainingSlot> slots = SystemAuthentication.call(() ->
                schedule.sessionsOf(her, sunday.atTime(10, 15), sunday.atTime(11, 0)));
        assertThat(slots).singleElement().satisfies(s -> {
            assertThat(s.start()).isEqualTo(sunday.atTime(10, 0));
            assertThat(s.end()).isEqualTo(sunday.atTime(10, 30));
            assertThat(s.course()).isEqualTo("Baking");
        });
        assertThat(SystemAuthentication.call(() -> schedule.sessionsOf(her, sunday.atTime(10, 30), sunday.atTime(12, 0)))).isEmpty();
    }
}
