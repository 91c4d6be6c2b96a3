package org.aashray.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeType;
import org.aashray.homes.ServedGroup;
import org.aashray.placements.absences.AbsenceKind;
import org.aashray.placements.absences.AbsenceService;
import org.aashray.placements.admissions.AdmissionService;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.board.BedBoardService;
import org.aashray.placements.exits.ExitService;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@AashrayIntegrationTest
@RecordApplicationEvents
class PlacementServiceTest {

    @Autowired PlacementService placements;
    @Autowired AdmissionService admissions;
    @Autowired MoveService moves;
    @Autowired ExitService exits;
    @Autowired AbsenceService absences;
    @Autowired BedBoardService boards;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    final LocalDate today = LocalDate.now();

    static String key(Throwable t) {
        return ((ValidationException) t).errors().getFirst().messageKey();
    }

    PlacementRecord admit(ResidentSummary r, long bedId, LocalDate on) {
        return SystemAuthentication.call(() -> placements.admit(new Admission(r.id(), bedId, on, "TEST/ORD/" + r.id(), on, null)));
    }

    @Test
    void fifty_concurrent_attempts_to_take_the_last_free_bed_give_one_placement_and_49_clear_refusals() throws Exception {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        long bed = home.beds().getFirst();
        List<ResidentSummary> arrivals = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            arrivals.add(fixtures.resident(home.id(), "Race arrival " + i, 20 + i % 20, Gender.FEMALE, today));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Object>> results = new ArrayList<>();
        for (ResidentSummary r : arrivals) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    // each thread authenticates on its own, like fifty receptionists at fifty desks
                    return SystemAuthentication.call(() -> placements.admit(new Admission(r.id(), bed, today, null, null, "Night arrival")));
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) outcomes.add(f.get());
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof PlacementRecord).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ValidationException).hasSize(49)
                .allSatisfy(e -> assertThat(key((Throwable) e)).isEqualTo("placements.validation.bedTaken"));
        assertThat(jdbc.queryForObject("select count(*) from placements where home_id = ?", Long.class, home.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, bed)).isEqualTo(1);
    }

    @Test
    void the_database_itself_refuses_a_second_resident_in_an_occupied_bed() {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary a = fixtures.resident(home.id(), "Bed owner", 30, Gender.FEMALE, today);
        PlacementRecord p = admit(a, home.beds().getFirst(), today);
        assertThatThrownBy(() -> jdbc.update("insert into bed_occupancy (bed_id, placement_id, resident_id, home_id) values (?, ?, ?, ?)",
                home.beds().getFirst(), p.id() + 100000, a.id() + 100000, home.id()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void a_girls_home_does_not_take_an_adult_woman_and_a_womens_home_not_a_girl() {
        Fixtures.TestHome girls = fixtures.home(HomeType.SHORT_TERM, ServedGroup.GIRLS, 2);
        ResidentSummary woman = fixtures.resident(girls.id(), "Adult in girls home", 24, Gender.FEMALE, today);
        assertThatThrownBy(() -> admit(woman, girls.beds().getFirst(), today))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.girlsHomeNoAdults"));
        ResidentSummary girl = fixtures.resident(girls.id(), "Girl of fourteen", 14, Gender.FEMALE, today);
        assertThat(admit(girl, girls.beds().getFirst(), today).bedId()).isEqualTo(girls.beds().getFirst());

        Fixtures.TestHome women = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary minor = fixtures.resident(women.id(), "Minor in women home", 15, Gender.FEMALE, today);
        assertThatThrownBy(() -> admit(minor, women.beds().getFirst(), today))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.womenHomeTakesAdults"));
        assertThat(jdbc.queryForObject("select count(*) from placements where home_id = ?", Long.class, women.id())).isZero();
    }

    @Test
    void the_expected_end_follows_the_home_types_stay_limit() {
        Fixtures.TestHome transit = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(transit.id(), "Ten day stay", 30, Gender.FEMALE, today.minusDays(3));
        assertThat(admit(r, transit.beds().getFirst(), today.minusDays(3)).expectedEnd()).isEqualTo(today.minusDays(3).plusDays(10));
    }

    @Test
    void admission_needs_an_order_or_a_reason_and_a_date_not_in_the_future_and_not_before_intake() {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(home.id(), "Careful dates", 30, Gender.FEMALE, today.minusDays(2));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.admit(new Admission(r.id(), home.beds().getFirst(),
                today.plusDays(1), null, null, " "))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field() + ":" + f.messageKey())
                        .containsExactlyInAnyOrder("startDate:placements.validation.future", "orderNumber:placements.validation.orderOrReason"));
        assertThatThrownBy(() -> admit(r, home.beds().getFirst(), today.minusDays(5)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.beforeIntake"));
        assertThat(jdbc.queryForObject("select count(*) from placements where resident_id = ?", Long.class, r.id())).isZero();
    }

    @Test
    void a_transfer_to_a_long_term_home_keeps_one_history_moves_her_record_and_frees_her_bed() {
        Fixtures.TestHome transit = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 2);
        Fixtures.TestHome longTerm = fixtures.home(HomeType.LONG_TERM, ServedGroup.WOMEN, 2);
        ResidentSummary r = fixtures.resident(transit.id(), "Moving on", 60, Gender.FEMALE, today.minusDays(12));
        PlacementRecord first = admit(r, transit.beds().getFirst(), today.minusDays(12));
        Transfer noReason = new Transfer(r.id(), first.id(), first.version(), longTerm.beds().getFirst(), today.minusDays(2), " ", null, null);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> moves.move(noReason)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.reasonRequired"));

        PlacementRecord second = SystemAuthentication.call(() -> moves.move(new Transfer(r.id(), first.id(), first.version(), longTerm.beds().getFirst(),
                today.minusDays(2), "Long-term rehabilitation ordered", "CWC/77", today.minusDays(3))));

        List<PlacementRecord> history = SystemAuthentication.call(() -> placements.history(r.id()));
        assertThat(history).hasSize(2);
        assertThat(history.get(0).endDate()).isEqualTo(history.get(1).startDate()).isEqualTo(today.minusDays(2));
        assertThat(history.get(0).endKind()).isEqualTo(EndKind.TRANSFER);
        assertThat(second.entryKind()).isEqualTo(EntryKind.TRANSFER);
        // she is over 55: the long-term home's longer limit for older women applies (5 years = 1825 days)
        assertThat(second.expectedEnd()).isEqualTo(today.minusDays(2).plusDays(1825));
        assertThat(jdbc.queryForObject("select home_id from residents where id = ?", Long.class, r.id())).isEqualTo(longTerm.id());
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, transit.beds().getFirst())).isZero();
        assertThat(events.stream(ResidentTransferred.class)).anyMatch(e -> e.residentId() == r.id() && e.toHomeId() == longTerm.id());
        BedBoard receiving = SystemAuthentication.call(() -> boards.board(longTerm.id()));
        assertThat(receiving.beds()).anyMatch(b -> b.residentId() != null && b.residentId() == r.id());
    }

    @Test
    void an_exit_needs_its_reason_destination_and_order_cannot_precede_the_admission_frees_the_bed_and_is_announced() {
        Fixtures.TestHome home = fixtures.home(HomeType.SHORT_TERM, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(home.id(), "Going home", 28, Gender.FEMALE, today.minusDays(40));
        PlacementRecord p = admit(r, home.beds().getFirst(), today.minusDays(30));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.exit(ExitRequest.of(r.id(), p.id(), p.version(), today.minusDays(31),
                ExitReason.RESTORED_TO_FAMILY, "Mother, Canning", "CWC/REL/1", null))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.exitBeforeStay"));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.exit(ExitRequest.of(r.id(), p.id(), p.version(), today,
                ExitReason.RESTORED_TO_FAMILY, null, null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("destination", "order"));

        SystemAuthentication.run(() -> placements.exit(ExitRequest.of(r.id(), p.id(), p.version(), today, ExitReason.RESTORED_TO_FAMILY,
                "Mother, Canning", "CWC/REL/1", null)));

        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, home.beds().getFirst())).isZero();
        assertThat(jdbc.queryForObject("select status from residents where id = ?", String.class, r.id())).isEqualTo("EXITED");
        assertThat(events.stream(ResidentExited.class)).anyMatch(e -> e.residentId() == r.id()
                && e.exitReason() == ExitReason.RESTORED_TO_FAMILY && e.exitDate().equals(today) && e.destination().equals("Mother, Canning"));
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'Placement' and entity_id = ? and action = 'EXIT'",
                Long.class, String.valueOf(p.id()))).isEqualTo(1);
    }

    @Test
    void an_exit_guard_can_refuse_restoring_a_resident_to_her_family() {
        Fixtures.TestHome home = fixtures.home(HomeType.SHORT_TERM, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(home.id(), "Not ready yet", 28, Gender.FEMALE, today.minusDays(10));
        PlacementRecord p = admit(r, home.beds().getFirst(), today.minusDays(10));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.exit(ExitRequest.of(r.id(), p.id(), p.version(), today,
                ExitReason.RESTORED_TO_FAMILY, "Uncle's house", "CWC/9", TestExitGuard.VETO))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.reasonRequired"));
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, home.beds().getFirst())).isEqualTo(1);
    }

    @Test
    void absconding_records_who_was_informed_and_stays_an_emergency_on_the_board_until_closed() {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(home.id(), "Missing at roll call", 19, Gender.FEMALE, today.minusDays(2));
        PlacementRecord p = admit(r, home.beds().getFirst(), today.minusDays(2));
        ExitRequest noDetails = new ExitRequest(r.id(), p.id(), p.version(), today, ExitReason.ABSCONDED, null, null, null,
                LocalDateTime.now().minusHours(2), true, false, null);
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.exit(noDetails)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.whoWasInformed"));
        SystemAuthentication.run(() -> placements.exit(new ExitRequest(r.id(), p.id(), p.version(), today, ExitReason.ABSCONDED, null, null,
                null, LocalDateTime.now().minusHours(2), true, true, "SI Roy, 21:10; CWC, 21:30")));

        BedBoard board = SystemAuthentication.call(() -> boards.board(home.id()));
        assertThat(board.emergencies()).singleElement().satisfies(e -> {
            assertThat(e.informedPolice()).isTrue();
            assertThat(e.informedDetails()).contains("SI Roy");
        });
        assertThat(board.figures().free()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from residents where id = ?", String.class, r.id())).isEqualTo("ABSCONDED");
        long version = jdbc.queryForObject("select version from placements where id = ?", Long.class, p.id());
        SystemAuthentication.run(() -> exits.closeEmergency(p.id(), version, today));
        assertThat(SystemAuthentication.call(() -> boards.board(home.id())).emergencies()).isEmpty();
    }

    @Test
    void a_stale_screen_cannot_overwrite_a_newer_change() {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 3);
        ResidentSummary r = fixtures.resident(home.id(), "Two desks", 30, Gender.FEMALE, today);
        PlacementRecord p = admit(r, home.beds().get(0), today);
        SystemAuthentication.run(() -> moves.move(new Transfer(r.id(), p.id(), p.version(), home.beds().get(1), today, null, null, null)));
        assertThatThrownBy(() -> SystemAuthentication.call(() -> placements.exit(ExitRequest.of(r.id(), p.id(), p.version(), today,
                ExitReason.DECEASED, null, null, null)))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void an_absence_keeps_the_bed_and_an_overdue_return_shows_on_the_board() {
        Fixtures.TestHome home = fixtures.home(HomeType.TRANSIT, ServedGroup.WOMEN, 1);
        ResidentSummary r = fixtures.resident(home.id(), "At hospital", 30, Gender.FEMALE, today.minusDays(5));
        admit(r, home.beds().getFirst(), today.minusDays(5));
        assertThatThrownBy(() -> SystemAuthentication.run(() -> absences.startAbsence(r.id(), AbsenceKind.COURT, today,
                today.minusDays(1), null))).satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.returnBeforeLeaving"));
        SystemAuthentication.run(() -> absences.startAbsence(r.id(), AbsenceKind.HOSPITAL, today.minusDays(3), today.minusDays(1), "Ward 2"));
        BedBoard board = SystemAuthentication.call(() -> boards.board(home.id()));
        assertThat(board.absences()).singleElement().satisfies(a -> assertThat(a.overdue()).isTrue());
        assertThat(board.beds().getFirst().away()).isTrue();
        assertThat(board.figures().free()).isZero();
    }

    @Test
    void an_accompanying_child_shares_her_mothers_placement_and_leaves_with_her() {
        Fixtures.TestHome home = fixtures.home(HomeType.COMMUNITY_BASED, ServedGroup.MOTHERS_WITH_CHILDREN, 1);
        ResidentSummary mother = fixtures.resident(home.id(), "Mother of two", 29, Gender.FEMALE, today.minusDays(3));
        PlacementRecord m = admit(mother, home.beds().getFirst(), today.minusDays(3));
        ResidentSummary boy = SystemAuthentication.call(() -> {
            org.aashray.residents.intake.Intake in = new org.aashray.residents.intake.Intake();
            in.setHomeId(home.id());
            in.setName("Her son");
            in.setApproximateAge(4);
            in.setGender(Gender.MALE);
            in.setMinor(true);
            in.setMotherId(mother.id());
            in.setOrigin("IN-WB");
            in.setTraffickingForm(org.aashray.residents.TraffickingForm.OTHER);
            in.setAdmittedOn(today.minusDays(3));
            return residentService.admit(in);
        });
        assertThatThrownBy(() -> admit(boy, home.beds().getFirst(), today)).satisfies(e -> assertThat(key(e)).isEqualTo("placements.validation.bedTaken"));
        PlacementRecord child = SystemAuthentication.call(() -> admissions.placeWithMother(boy.id(), today.minusDays(3)));
        assertThat(child.bedId()).isNull();
        SystemAuthentication.run(() -> placements.exit(ExitRequest.of(mother.id(), m.id(), m.version(), today, ExitReason.REPATRIATED,
                "Handed over at Petrapole", "MHA/TP/5", null)));
        assertThat(jdbc.queryForObject("select end_date from placements where id = ?", LocalDate.class, child.id())).isEqualTo(today);
        assertThat(jdbc.queryForObject("select status from residents where id = ?", String.class, boy.id())).isEqualTo("EXITED");
    }

    @Autowired org.aashray.residents.intake.IntakeService residentService;

    @Test
    @WithUserDetails("reception")
    void reception_cannot_place_anyone_in_a_home_she_does_not_work_in() {
        long nadT = jdbc.queryForObject("select id from homes where code = 'NAD-T'", Long.class);
        long bed = jdbc.queryForObject("select b.id from beds b join rooms r on r.id = b.room_id where r.home_id = ? limit 1", Long.class, nadT);
        long resident = jdbc.queryForObject("select id from residents where home_id = ? limit 1", Long.class, nadT);
        assertThatThrownBy(() -> placements.admit(new Admission(resident, bed, today, "X", today, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
