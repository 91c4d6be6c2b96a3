package org.aashray.reintegration;

import static org.assertj.core.api.Assertions.assertThat;

import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationStatus;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.aashray.testsupport.LifecycleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AashrayIntegrationTest
class TransferredReintegrationTest {

    @Autowired VerificationService verifications;
    @Autowired RepatriationService repatriations;
    @Autowired ReintegrationFixtures fx;
    @Autowired LifecycleFixtures lifecycle;
    @Autowired JdbcTemplate jdbc;

    @Test
    void her_pending_home_verification_moves_to_the_receiving_home_which_can_record_it() {
        long her = fx.placedResident("SUN-T", "Verification Transfer Laxmi").resident().id();
        HomeVerification v = fx.as("caremanager", () -> verifications.request(new VerificationRequest(her, DestinationKind.FAMILY,
                "Village Dhanpur, South 24 Parganas", "Mother", null, "Partner NGO Canning", null)));

        lifecycle.transfer(her, "SUN-L");

        HomeVerification moved = fx.as("caremanager", () -> verifications.ofResident(her)).getFirst();
        assertThat(moved.getId()).isEqualTo(v.getId());
        assertThat(moved.getHomeId()).isEqualTo(lifecycle.homeId("SUN-L"));
        assertThat(moved.getStatus()).isEqualTo(VerificationStatus.PENDING);
        assertThat(moved.getDueOn()).isEqualTo(v.getDueOn());
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'HomeVerification' and entity_id = ?"
                + " and action = 'TRANSFER'", Integer.class, String.valueOf(v.getId()))).isEqualTo(1);
    }

    @Test
    void her_repatriation_moves_to_the_receiving_home_with_every_step_recorded_so_far() {
        long her = fx.placedResident("SUN-T", "Repatriation Transfer Nasima").resident().id();
        Repatriation started = fx.as("caremanager", () -> repatriations.start(her, Country.BD));
        started.setPermitNumber("TP-BD-" + her);
        fx.as("caremanager", () -> repatriations.save(started.getId(), started, false));

        lifecycle.transfer(her, "SUN-L");

        Repatriation moved = fx.as("caremanager", () -> repatriations.ofResident(her)).getFirst();
        assertThat(moved.getId()).isEqualTo(started.getId());
        assertThat(moved.getHomeId()).isEqualTo(lifecycle.homeId("SUN-L"));
        assertThat(moved.getPermitNumber()).isEqualTo("TP-BD-" + her);
    }
}
