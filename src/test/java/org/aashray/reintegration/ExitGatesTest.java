package org.aashray.reintegration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ValidationException.FieldError;
import org.aashray.placements.ExitReason;
import org.aashray.placements.ExitRequest;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.internal.ReintegrationSettings;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.Readiness;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Each gated exit kind has its own checklist (data ADMIN edits); absconding and the application's own exits are not gated. */
@AashrayIntegrationTest
class ExitGatesTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ReadinessService readiness;
    @Autowired PlacementService placements;
    @Autowired FollowUpService followUps;
    @Autowired ReintegrationSettingsService settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    long placed(String name) {
        return fx.placedResident("SUN-L", name).resident().id();
    }

    /** A check with every answered item met except those named (the home verification is computed: not met here). */
    void check(long residentId, ReadinessItem... notMet) {
        List<ReadinessItemAnswer> answers = Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, Arrays.asList(notMet).contains(i) ? Answer.NOT_MET : Answer.MET, null)).toList();
        fx.as("counsellor", () -> readiness.record(residentId, answers));
    }

    ExitRequest exit(long residentId, ExitReason reason) {
        PlacementRecord p = fx.currentPlacement(residentId);
        return ExitRequest.of(residentId, p.id(), p.version(), LocalDate.now(clock), reason, "Rented room with a friend, Baruipur",
                "CWC/REL/2026/88", null);
    }

    /** The one message on "reason" when the exit is refused; nothing recorded. */
    FieldError refused(long residentId, ExitReason reason) {
        ExitRequest request = exit(residentId, reason);
        ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> fx.as("caremanager", () -> placements.exit(request)));
        assertThat(openPlacements(residentId)).isEqualTo(1);
        return e.errors().stream().filter(err -> err.field().equals("reason")).findFirst().orElseThrow();
    }

    long openPlacements(long residentId) {
        return jdbc.queryForObject("select count(*) from placements where resident_id = ? and end_date is null", Long.class, residentId);
    }

    @Test
    void independent_living_is_refused_with_its_own_missing_items_and_passes_once_they_are_met() {
        long id = placed("Gate Independent Kavita");
        assertThat(refused(id, ExitReason.INDEPENDENT_LIVING).messageKey()).isEqualTo("reintegration.gate.noCheckFor");

        check(id, ReadinessItem.HOUSING, ReadinessItem.LIVELIHOOD_PLAN);
        Readiness r = fx.as("caremanager", () -> readiness.current(id));
        assertThat(r.missing(ExitReason.INDEPENDENT_LIVING)).containsExactly(ReadinessItem.LIVELIHOOD_PLAN, ReadinessItem.HOUSING);
        // the home verification is not required to live on her own; the family's gate wants it
        assertThat(r.missing(ExitReason.RESTORED_TO_FAMILY)).containsExactly(ReadinessItem.HOME_VERIFICATION);
        assertThat(r.readyFor(ExitReason.TRANSFERRED_TO_ORGANISATION)).isTrue();
        FieldError error = refused(id, ExitReason.INDEPENDENT_LIVING);
        assertThat(error.messageKey()).isEqualTo("reintegration.gate.blockedFor");
        assertThat(error.args()[0]).isEqualTo("Independent living");
        assertThat(String.valueOf(error.args()[1])).contains("Housing", "Livelihood").doesNotContain("Order", "verification");

        check(id);
        fx.as("caremanager", () -> placements.exit(exit(id, ExitReason.INDEPENDENT_LIVING)));
        assertThat(openPlacements(id)).isZero();
        assertThat(fx.as("caremanager", () -> followUps.ofResident(id))).hasSize(6);
    }

    @Test
    void a_transfer_to_another_organisation_needs_the_receiving_organisation_and_the_order() {
        long id = placed("Gate Transfer Rehana");
        check(id, ReadinessItem.RECEIVING_ORGANISATION, ReadinessItem.RELEASE_ORDER, ReadinessItem.HOUSING);
        FieldError error = refused(id, ExitReason.TRANSFERRED_TO_ORGANISATION);
        assertThat(String.valueOf(error.args()[1])).contains("Receiving organisation", "Order of the CWC").doesNotContain("Housing");

        check(id, ReadinessItem.HOUSING);
        fx.as("caremanager", () -> placements.exit(exit(id, ExitReason.TRANSFERRED_TO_ORGANISATION)));
        assertThat(openPlacements(id)).isZero();
    }

    @Test
    void restored_to_family_keeps_its_checklist() {
        long id = placed("Gate Family Anjali");
        check(id, ReadinessItem.HOUSING, ReadinessItem.RECEIVING_ORGANISATION);
        assertThat(String.valueOf(refused(id, ExitReason.RESTORED_TO_FAMILY).args()[1]))
                .contains("home verification").doesNotContain("Housing", "Receiving");
    }

    @Test
    void admin_changes_the_items_of_a_kind_and_the_gate_follows_while_others_are_refused() {
        long id = placed("Gate Settings Shabnam");
        check(id, ReadinessItem.HEALTH);
        Map<ExitReason, Set<ReadinessItem>> before = SystemAuthentication.call(settings::gateItems);
        assertThat(before.get(ExitReason.INDEPENDENT_LIVING)).doesNotContain(ReadinessItem.HEALTH);
        Set<ReadinessItem> withHealth = EnumSet.copyOf(before.get(ExitReason.INDEPENDENT_LIVING));
        withHealth.add(ReadinessItem.HEALTH);
        ReintegrationSettings seen = fx.as("admin", settings::settings);
        for (String user : List.of("caremanager", "counsellor")) {
            assertThatThrownBy(() -> fx.as(user, () -> settings.save(seen, Map.of(ExitReason.INDEPENDENT_LIVING, withHealth))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long audited = jdbc.queryForObject("select count(*) from audit_events where entity_type = 'ReintegrationSettings'", Long.class);
        try {
            fx.as("admin", () -> settings.save(seen, Map.of(ExitReason.INDEPENDENT_LIVING, withHealth)));
            assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'ReintegrationSettings'"
                    + " and after_state like '%HEALTH%'", Long.class)).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'ReintegrationSettings'", Long.class))
                    .isEqualTo(audited + 1);
            assertThat(String.valueOf(refused(id, ExitReason.INDEPENDENT_LIVING).args()[1])).contains("Health");
            assertThat(SystemAuthentication.call(settings::gateItems).get(ExitReason.RESTORED_TO_FAMILY))
                    .isEqualTo(before.get(ExitReason.RESTORED_TO_FAMILY));
            // a screen opened before that save cannot overwrite it
            assertThatThrownBy(() -> fx.as("admin", () -> settings.save(seen, Map.of(ExitReason.INDEPENDENT_LIVING, Set.of()))))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(SystemAuthentication.call(settings::gateItems).get(ExitReason.INDEPENDENT_LIVING)).contains(ReadinessItem.HEALTH);
        } finally {
            fx.as("admin", () -> settings.save(fx.as("admin", settings::settings), before));
        }
        fx.as("caremanager", () -> placements.exit(exit(id, ExitReason.INDEPENDENT_LIVING)));
        assertThat(openPlacements(id)).isZero();
    }

    @Test
    void the_care_managers_override_for_independent_living_lets_that_exit_through_once_and_no_other() {
        long id = placed("Gate Override Lakshmi");
        check(id, ReadinessItem.HOUSING);
        fx.as("caremanager", () -> readiness.override(id, ExitReason.RESTORED_TO_FAMILY, "Family ready; not this exit"));
        assertThat(refused(id, ExitReason.INDEPENDENT_LIVING).messageKey()).isEqualTo("reintegration.gate.blockedFor");
        assertThatThrownBy(() -> fx.as("counsellor", () -> readiness.override(id, ExitReason.INDEPENDENT_LIVING, "She insists")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("caremanager", () -> readiness.override(id, ExitReason.ABSCONDED, "No")))
                .isInstanceOf(ValidationException.class);

        fx.as("caremanager", () -> readiness.override(id, ExitReason.INDEPENDENT_LIVING,
                "Working-women's hostel confirmed by phone; the letter follows"));
        fx.as("caremanager", () -> placements.exit(exit(id, ExitReason.INDEPENDENT_LIVING)));

        assertThat(openPlacements(id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'OVERRIDE' and summary like ?",
                Long.class, "%Working-women's hostel%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select used_on from reint_overrides where resident_id = ? and exit_reason = 'INDEPENDENT_LIVING'",
                LocalDate.class, id)).isEqualTo(LocalDate.now(clock));
        assertThat(jdbc.queryForObject("select count(*) from reint_overrides where resident_id = ? and used_on is null"
                + " and exit_reason = 'RESTORED_TO_FAMILY'", Long.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'ExitOverride' and summary like ?",
                Long.class, "%INDEPENDENT_LIVING%")).isEqualTo(1);
    }

    @Test
    void absconding_and_the_applications_own_exits_are_not_gated() {
        long gone = placed("Gate Absconded Mina");
        PlacementRecord p = fx.currentPlacement(gone);
        fx.as("reception", () -> placements.exit(new ExitRequest(gone, p.id(), p.version(), LocalDate.now(clock), ExitReason.ABSCONDED,
                null, null, null, LocalDate.now(clock).atStartOfDay(), true, false, "Police station Sonarpur informed")));
        assertThat(openPlacements(gone)).isZero();

        long imported = placed("Gate System Rupali");
        SystemAuthentication.run(() -> placements.exit(exit(imported, ExitReason.INDEPENDENT_LIVING)));
        assertThat(openPlacements(imported)).isZero();
    }
}
