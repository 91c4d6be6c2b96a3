package org.aashray.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.aashray.base.ValidationException;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A repatriation is recorded as her exit by completing the handover, once, and in no other way. */
@AashrayIntegrationTest
class HandoverExitTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired RepatriationService repatriations;
    @Autowired PlacementService placements;
    @Autowired FollowUpService followUps;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A repatriation to Bangladesh with every step up to the handover, today at Petrapole. */
    Repatriation readyForHandover(long residentId) {
        Repatriation r = fx.as("caremanager", () -> repatriations.start(residentId, Country.BD));
        r.setNationalityRequestedOn(today().minusDays(50));
        r.setNationalityReceivedOn(today().minusDays(20));
        r.setPermitNumber("TP-BD-7702");
        r.setPermitIssuedOn(today().minusDays(10));
        r.setPermitExpiresOn(today().plusDays(30));
        r.setEscort("Woman constable, AHTU Kolkata");
        r.setHandoverDate(today());
        r.setHandoverPlace("Petrapole-Benapole");
        r.setReceivingOrganisation("Rights Jessore");
        return r;
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void a_repatriated_exit_recorded_on_the_bed_board_is_refused_next_to_the_reason() {
        long id = fx.placedResident("SUN-T", "Handover Direct Farida").resident().id();
        PlacementRecord p = fx.currentPlacement(id);
        ValidationException e = Assertions.assertThrows(ValidationException.class, () -> fx.as("caremanager",
                () -> placements.exit(ExitRequest.of(id, p.id(), p.version(), today(), ExitReason.REPATRIATED,
                        "Rights Jessore, Petrapole", "TP-BD-1", null))));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("reason");
            assertThat(err.messageKey()).isEqualTo("reintegration.gate.byHandover");
        });
        assertThat(count("select count(*) from placements where resident_id = ? and end_date is null", id)).isEqualTo(1);
    }

    @Test
    void completing_the_handover_records_her_exit_once_frees_the_bed_and_schedules_her_follow_ups() {
        var placed = fx.placedResident("SUN-T", "Handover Complete Nasima");
        long id = placed.resident().id();
        Repatriation r = readyForHandover(id);

        fx.as("caremanager", () -> repatriations.save(r.getId(), r, true));

        assertThat(count("select count(*) from placements where resident_id = ? and end_date is null", id)).isZero();
        assertThat(count("select count(*) from placements where bed_id = ? and end_date is null", placed.placement().bedId())).isZero();
        assertThat(count("select count(*) from placements where resident_id = ? and exit_reason = 'REPATRIATED'", id)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select end_date, exit_destination, exit_order from placements where resident_id = ?"
                + " and exit_reason = 'REPATRIATED'", id)).containsEntry("exit_destination", "Rights Jessore, Petrapole-Benapole")
                .containsEntry("exit_order", "TP-BD-7702");
        assertThat(jdbc.queryForObject("select status from residents where id = ?", String.class, id)).isEqualTo("EXITED");
        assertThat(jdbc.queryForObject("select status from reint_repatriations where id = ?", String.class, r.getId()))
                .isEqualTo("COMPLETED");
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).hasSize(6);
        assertThat(count("select count(*) from audit_events where action = 'EXIT' and summary like ?", "%REPATRIATED%Rights Jessore%"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_handover_dated_before_her_stay_began_is_refused_next_to_the_handover_date_and_nothing_is_saved() {
        long id = fx.placedResident("SUN-T", "Handover Early Shirin", 24, 5).resident().id();
        Repatriation r = readyForHandover(id);
        r.setHandoverDate(today().minusDays(8));
        ValidationException e = Assertions.assertThrows(ValidationException.class,
                () -> fx.as("caremanager", () -> repatriations.save(r.getId(), r, true)));
        assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("handoverDate");
        assertThat(jdbc.queryForObject("select status from reint_repatriations where id = ?", String.class, r.getId())).isEqualTo("OPEN");
        assertThat(count("select count(*) from placements where resident_id = ? and end_date is null", id)).isEqualTo(1);
    }

    @Test
    void a_handover_completed_after_she_left_completes_without_a_second_exit() {
        long id = fx.placedResident("SUN-T", "Handover Later Sultana").resident().id();
        Repatriation r = readyForHandover(id);
        PlacementRecord p = fx.currentPlacement(id);
        fx.as("reception", () -> placements.exit(new ExitRequest(id, p.id(), p.version(), today(), ExitReason.ABSCONDED, null, null,
                null, today().atStartOfDay(), true, false, "Police station Canning informed")));

        fx.as("caremanager", () -> repatriations.save(r.getId(), r, true));

        assertThat(jdbc.queryForObject("select status from reint_repatriations where id = ?", String.class, r.getId())).isEqualTo("COMPLETED");
        assertThat(count("select count(*) from placements where resident_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from placements where resident_id = ? and exit_reason = 'REPATRIATED'", id)).isZero();
    }
}
