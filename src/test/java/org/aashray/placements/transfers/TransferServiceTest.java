package org.aashray.placements.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.homes.HomeType;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementService;
import org.aashray.placements.ResidentTransferred;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.TransferRequest;
import org.aashray.placements.TransferStatus;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.internal.ResidentService;
import org.aashray.security.Role;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.RuleProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A transit home in Sundarpur asks a long-term home in Nadipur to take a resident in; the two homes' staff share
 * no home. She keeps her bed until the receiving home accepts; then she, her record and nothing of her stay are
 * left with the sending home but one line.
 */
@AashrayIntegrationTest
@RecordApplicationEvents
class TransferServiceTest {

    static final String RULE = TransferRequestDeadline.KEY;

    @Autowired PlacementService placements;
    @Autowired ResidentService residents;
    @Autowired TransferFixtures homes;
    @Autowired ReintegrationFixtures fx;
    @Autowired RuleProbe probe;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;
    @Autowired Clock clock;

    TransferFixtures.Home sending;
    TransferFixtures.Home receiving;
    TransferFixtures.Placed her;
    LocalDate today;

    @BeforeEach
    void twoHomesInTwoDistricts() {
        today = LocalDate.now(clock);
        sending = homes.home("SUNDEMO", HomeType.TRANSIT, 2);
        receiving = homes.home("NADDEMO", HomeType.LONG_TERM, 2);
        her = homes.placed(sending, "Transfer Sunita " + sending.id(), sending.beds().getFirst());
    }

    @AfterEach
    void removeAlerts() {
        probe.cleanUp(RULE);
    }

    TransferRecord request() {
        return fx.as(sending.careManager(), () -> placements.requestTransfer(new TransferRequest(her.resident().id(), receiving.id(),
                "Long-term rehabilitation ordered by the CWC", "CWC/TR/" + her.resident().id(), today.minusDays(1))));
    }

    long homeOfRecord() {
        return jdbc.queryForObject("select home_id from residents where id = ?", Long.class, her.resident().id());
    }

    Map<String, Object> bedOfHer() {
        return jdbc.queryForMap("select bed_id, home_id from bed_occupancy where resident_id = ?", her.resident().id());
    }

    int stays() {
        return jdbc.queryForObject("select count(*) from placements where resident_id = ?", Integer.class, her.resident().id());
    }

    long transferredEvents() {
        return events.stream(ResidentTransferred.class).filter(e -> e.residentId() == her.resident().id()).count();
    }

    @Test
    void a_request_leaves_her_in_her_bed_and_the_receiving_home_sees_it_with_one_alert() {
        TransferRecord sent = request();

        assertThat(sent.status()).isEqualTo(TransferStatus.PENDING);
        assertThat(bedOfHer()).containsEntry("bed_id", sending.beds().getFirst()).containsEntry("home_id", sending.id());
        assertThat(homeOfRecord()).isEqualTo(sending.id());
        assertThat(stays()).isEqualTo(1);
        assertThat(transferredEvents()).isZero();

        List<TransferRecord> incoming = fx.as(receiving.reception(), () -> placements.incomingTransfers(receiving.id()));
        assertThat(incoming).singleElement().satisfies(t -> {
            assertThat(t.caseNumber()).isEqualTo(her.resident().caseNumber());
            assertThat(t.name()).isEqualTo(her.resident().name());
            assertThat(t.reason()).isEqualTo("Long-term rehabilitation ordered by the CWC");
            assertThat(t.fromHome()).contains("Transfer test home").contains("Sundarpur");
        });
        assertThat(fx.as(sending.careManager(), () -> placements.outgoingTransfers(sending.id())))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TransferStatus.PENDING));

        probe.run(RULE, today);
        probe.run(RULE, today);
        List<Map<String, Object>> alerts = probe.open(RULE, "TransferRequest", sent.id());
        assertThat(alerts).hasSize(1);
        assertThat(((Number) alerts.getFirst().get("home_id")).longValue()).isEqualTo(receiving.id());
        assertThat(alerts.getFirst().get("alerted_role")).isEqualTo(Role.RECEPTION.name());
        assertThat(jdbc.queryForObject("select count(*) from alerts where rule_key = ? and subject_id = ? and home_id = ?",
                Integer.class, RULE, sent.id(), sending.id())).isZero();
    }

    @Test
    void declined_and_withdrawn_requests_change_nothing_else_and_their_alert_resolves() {
        TransferRecord first = request();
        probe.run(RULE, today);
        assertThatThrownBy(() -> fx.as(receiving.reception(), () -> placements.declineTransfer(first.id(), first.version(), " ")))
                .isInstanceOf(ValidationException.class);
        TransferRecord declined = fx.as(receiving.reception(), () -> placements.declineTransfer(first.id(), first.version(),
                "No free bed for a woman in her condition this month"));
        assertThat(declined.status()).isEqualTo(TransferStatus.DECLINED);
        probe.run(RULE, today);
        assertThat(probe.open(RULE, "TransferRequest", first.id())).isEmpty();

        TransferRecord second = request();
        TransferRecord withdrawn = fx.as(sending.careManager(), () -> placements.withdrawTransfer(second.id(), second.version()));
        assertThat(withdrawn.status()).isEqualTo(TransferStatus.WITHDRAWN);

        assertThat(bedOfHer()).containsEntry("bed_id", sending.beds().getFirst());
        assertThat(homeOfRecord()).isEqualTo(sending.id());
        assertThat(stays()).isEqualTo(1);
        assertThat(transferredEvents()).isZero();
        assertThat(fx.as(receiving.reception(), () -> placements.incomingTransfers(receiving.id()))).isEmpty();
        assertThat(fx.as(sending.reception(), () -> placements.outgoingTransfers(sending.id())))
                .extracting(TransferRecord::status, TransferRecord::declineReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TransferStatus.WITHDRAWN, null),
                        org.assertj.core.groups.Tuple.tuple(TransferStatus.DECLINED, "No free bed for a woman in her condition this month"));
        // an answered request cannot be answered again
        assertThatThrownBy(() -> fx.as(receiving.careManager(), () -> placements.acceptTransfer(first.id(), declined.version(),
                receiving.beds().getFirst()))).isInstanceOf(ValidationException.class);
    }

    @Test
    void accepting_moves_her_and_her_record_and_the_old_home_keeps_only_a_line() {
        TransferRecord sent = request();
        long bed = receiving.beds().get(1);

        TransferRecord accepted = fx.as(receiving.reception(), () -> placements.acceptTransfer(sent.id(), sent.version(), bed));

        assertThat(accepted.status()).isEqualTo(TransferStatus.ACCEPTED);
        assertThat(bedOfHer()).containsEntry("bed_id", bed).containsEntry("home_id", receiving.id());
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Integer.class, sending.beds().getFirst())).isZero();
        assertThat(homeOfRecord()).isEqualTo(receiving.id());
        assertThat(stays()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select entry_kind from placements where resident_id = ? and end_date is null", String.class,
                her.resident().id())).isEqualTo("TRANSFER");
        assertThat(events.stream(ResidentTransferred.class).filter(e -> e.residentId() == her.resident().id()).toList())
                .containsExactly(new ResidentTransferred(her.resident().id(), sending.id(), receiving.id(), today,
                        "Long-term rehabilitation ordered by the CWC"));
        // what already listens to the event followed her, though the acceptance was made from the receiving home alone
        assertThat(jdbc.queryForList("select home_id from care_plans where resident_id = ?", Long.class, her.resident().id()))
                .containsOnly(receiving.id());
        assertThat(jdbc.queryForList("select home_id from medical_health_checks where resident_id = ? and done_at is null", Long.class,
                her.resident().id())).containsOnly(receiving.id());
        // the audit names who accepted, not the system
        assertThat(jdbc.queryForList("select username from audit_events where action = 'TRANSFER' and entity_type = 'Resident'"
                + " and entity_id = ?", String.class, String.valueOf(her.resident().id()))).containsExactly(receiving.reception());

        assertThatThrownBy(() -> fx.as(sending.reception(), () -> residents.open(her.resident().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(sending.careManager(), () -> residents.open(her.resident().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fx.as(receiving.reception(), () -> residents.open(her.resident().id())).getName()).isEqualTo(her.resident().name());

        assertThat(fx.as(sending.reception(), () -> placements.outgoingTransfers(sending.id()))).singleElement().satisfies(line -> {
            assertThat(line.caseNumber()).isEqualTo(her.resident().caseNumber());
            assertThat(line.name()).isNull();
            assertThat(line.toHome()).contains("Transfer test home").contains("Nadipur");
            assertThat(line.transferredOn()).isEqualTo(today);
        });
        assertThat(fx.as(receiving.reception(), () -> placements.incomingTransfers(receiving.id()))).isEmpty();
    }

    @Test
    void two_people_accepting_at_once_one_wins_and_the_other_is_told() throws Exception {
        TransferRecord sent = request();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        List<String> who = List.of(receiving.reception(), receiving.careManager());
        for (int i = 0; i < 2; i++) {
            String user = who.get(i);
            long bed = receiving.beds().get(i);
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return fx.as(user, () -> placements.acceptTransfer(sent.id(), sent.version(), bed));
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : results) outcomes.add(f.get());
        pool.shutdown();

        assertThat(outcomes).filteredOn(TransferRecord.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConcurrentEditException.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where resident_id = ?", Integer.class, her.resident().id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from placements where resident_id = ? and end_date is null", Integer.class,
                her.resident().id())).isEqualTo(1);
        assertThat(stays()).isEqualTo(2);
    }

    @Test
    void only_the_sending_care_manager_asks_and_withdraws_and_only_the_receiving_home_answers() {
        assertThatThrownBy(() -> fx.as(sending.reception(), () -> placements.requestTransfer(new TransferRequest(her.resident().id(),
                receiving.id(), "Reception may not ask", null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(receiving.careManager(), () -> placements.requestTransfer(new TransferRequest(her.resident().id(),
                receiving.id(), "Pulling her in from outside", null, null)))).isInstanceOf(AccessDeniedException.class);
        TransferRecord sent = request();
        assertThatThrownBy(this::request).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().getFirst().messageKey())
                        .isEqualTo("placements.transfer.validation.alreadyRequested"));

        assertThatThrownBy(() -> fx.as(sending.careManager(), () -> placements.acceptTransfer(sent.id(), sent.version(),
                sending.beds().get(1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(sending.reception(), () -> placements.declineTransfer(sent.id(), sent.version(), "Not ours")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(receiving.careManager(), () -> placements.withdrawTransfer(sent.id(), sent.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(receiving.reception(), () -> placements.withdrawTransfer(sent.id(), sent.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(sending.careManager(), () -> placements.incomingTransfers(receiving.id())))
                .isInstanceOf(AccessDeniedException.class);
        // a bed of the sending home is no bed of the receiving home, even though the acceptance acts for both
        assertThatThrownBy(() -> fx.as(receiving.careManager(), () -> placements.acceptTransfer(sent.id(), sent.version(),
                sending.beds().get(1)))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().getFirst().messageKey())
                        .isEqualTo("placements.validation.bedOtherHome"));

        assertThat(fx.as(sending.careManager(), () -> placements.outgoingTransfers(sending.id())))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TransferStatus.PENDING));
        assertThat(bedOfHer()).containsEntry("bed_id", sending.beds().getFirst());
    }

    @Test
    void her_exit_withdraws_a_request_still_waiting() {
        TransferRecord sent = request();
        fx.as(sending.careManager(), () -> placements.exit(ExitRequest.of(her.resident().id(), her.placement().id(),
                her.placement().version(), today, ExitReason.OTHER, "Partner shelter in Kolkata", null, "Left before the answer")));

        assertThat(jdbc.queryForObject("select status from placement_transfers where id = ?", String.class, sent.id()))
                .isEqualTo(TransferStatus.WITHDRAWN.name());
        assertThat(fx.as(receiving.reception(), () -> placements.incomingTransfers(receiving.id()))).isEmpty();
    }
}
