package org.aashray.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aashray.placements.PlacementService;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.TransferRequest;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PlacementJourneyTest extends BrowserTest {

    @Autowired IntakeService residents;
    @Autowired PlacementService placements;
    @Autowired ReintegrationFixtures fx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void reception_admits_the_new_arrival_to_a_free_bed_and_the_long_term_home_accepts_her_transfer() {
        long transit = jdbc.queryForObject("select id from homes where code = 'SUN-T'", Long.class);
        long longTerm = jdbc.queryForObject("select id from homes where code = 'SUN-L'", Long.class);
        String name = "Journey Arrival " + (System.nanoTime() % 10000);
        ResidentSummary arrival = SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(transit);
            in.setName(name);
            in.setApproximateAge(23);
            in.setOrigin("BD");
            in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
            in.setAdmittedOn(LocalDate.now());
            return residents.admit(in);
        });

        new LoginPage(driver).open(baseUrl()).logInAs("reception", "aashray-demo");
        new DashboardPage(driver).greeting();
        BedBoardPage board = new BedBoardPage(driver).open(baseUrl());
        assertThat(board.showsSomeoneNamed(name)).isFalse();

        board.admitToFirstFreeBed(arrival.caseNumber(), "Rescued by the AHTU tonight; magistrate order tomorrow");
        board.waitUntil(b -> b.showsSomeoneNamed(name));
        screenshot("board-after-admission");
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where resident_id = ?", Long.class, arrival.id())).isEqualTo(1);

        // the transit home's care manager asks Ujala to take her in; she keeps her bed until Ujala accepts
        TransferRecord request = fx.as("caremanager", () -> placements.requestTransfer(new TransferRequest(arrival.id(), longTerm,
                "Family not safe yet: long-term rehabilitation ordered by the CWC", null, null)));
        board.open(baseUrl());
        assertThat(board.showsSomeoneNamed(name)).isTrue();

        board.select("home-switcher", "Ujala Long-term Home (demo)");
        TransfersPage transfers = new TransfersPage(driver).open(baseUrl());
        transfers.acceptIntoFirstFreeBed(request.id());
        screenshot("transfers-after-acceptance");
        board.open(baseUrl());
        board.waitUntil(b -> b.showsSomeoneNamed(name));
        assertThat(jdbc.queryForObject("select home_id from residents where id = ?", Long.class, arrival.id())).isEqualTo(longTerm);
        assertThat(jdbc.queryForObject("select home_id from bed_occupancy where resident_id = ?", Long.class, arrival.id())).isEqualTo(longTerm);
        assertThat(jdbc.queryForObject("select count(*) from placements where resident_id = ?", Long.class, arrival.id())).isEqualTo(2);
    }
}
