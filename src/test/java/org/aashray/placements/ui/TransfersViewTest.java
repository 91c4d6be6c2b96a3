package org.aashray.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.LocalDate;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeType;
import org.aashray.placements.PlacementService;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.TransferRequest;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.transfers.TransferFixtures;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The receiving home's list of incoming requests, and the line the sending home keeps once she has gone. */
@AashrayIntegrationTest
class TransfersViewTest extends SpringBrowserlessTest {

    @Autowired TransferFixtures homes;
    @Autowired ReintegrationFixtures fx;
    @Autowired PlacementService placements;
    @Autowired CurrentHome currentHome;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    TransferFixtures.Home sending;
    TransferFixtures.Home receiving;
    TransferFixtures.Placed her;
    TransferRecord sent;

    @BeforeEach
    void aRequestFromAnotherDistrict() {
        sending = homes.home("SUNDEMO", HomeType.TRANSIT, 1);
        receiving = homes.home("NADDEMO", HomeType.LONG_TERM, 2);
        her = homes.placed(sending, "Transfer View Malati " + sending.id(), sending.beds().getFirst());
        sent = fx.as(sending.careManager(), () -> placements.requestTransfer(new TransferRequest(her.resident().id(), receiving.id(),
                "Closer to her family's district", null, null)));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    /** Logs in as this member of staff, in her one home, with a fresh browser session. */
    TransfersView openAs(String username, long homeId) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        // where the login keeps it: Vaadin's context strategy answers a request of the UI from the HTTP session
        VaadinSession.getCurrent().getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        currentHome.select(homeId);
        return navigate(TransfersView.class);
    }

    /** A button of the incoming request's last column (the grid renders its components only for the rows shown). */
    Button button(TransfersView view, String id) {
        var actions = test(view.incoming).getCellComponent(0, view.incoming.getColumns().size() - 1);
        return actions.getChildren().map(Button.class::cast).filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void the_receiving_reception_sees_the_request_accepts_it_with_a_bed_and_the_sending_home_keeps_one_line() {
        TransfersView view = openAs(receiving.reception(), receiving.id());
        assertThat(test(view.incoming).size()).isEqualTo(1);
        assertThat(test(view.incoming).getCellText(0, 0)).isEqualTo(her.resident().caseNumber());
        assertThat(test(view.incoming).getCellText(0, 1)).startsWith(her.resident().name());
        assertThat(test(view.incoming).getCellText(0, 2)).contains("Sundarpur");
        assertThat(view.noIncoming.isVisible()).isFalse();

        test(button(view, "accept-" + sent.id())).click();
        AcceptTransferDialog dialog = find(AcceptTransferDialog.class).single();
        BedBoard.Bed bed = dialog.bed.getListDataView().getItems().filter(b -> b.bedId() == receiving.beds().get(1)).findFirst().orElseThrow();
        dialog.bed.setValue(bed);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.incoming.isVisible()).isFalse();
        assertThat(view.noIncoming.isVisible()).isTrue();
        assertThat(jdbc.queryForObject("select bed_id from bed_occupancy where resident_id = ?", Long.class, her.resident().id()))
                .isEqualTo(receiving.beds().get(1));

        TransfersView old = openAs(sending.reception(), sending.id());
        assertThat(test(old.outgoing).size()).isEqualTo(1);
        assertThat(test(old.outgoing).getCellText(0, 0)).isEqualTo(her.resident().caseNumber());
        assertThat(test(old.outgoing).getCellText(0, 1)).isEmpty();
        assertThat(test(old.outgoing).getCellText(0, 2)).startsWith("Transferred to Transfer test home")
                .endsWith(" on " + DateFormats.date(LocalDate.now(clock)));
        assertThat(old.getElement().getTextRecursively()).doesNotContain(her.resident().name());
    }

    @Test
    void declining_without_a_reason_says_so_next_to_the_field_and_the_request_still_waits() {
        TransfersView view = openAs(receiving.careManager(), receiving.id());
        test(button(view, "decline-" + sent.id())).click();
        DeclineTransferDialog dialog = find(DeclineTransferDialog.class).single();
        test(dialog.save).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select status from placement_transfers where id = ?", String.class, sent.id())).isEqualTo("PENDING");
        assertThat(test(view.incoming).size()).isEqualTo(1);
    }
}
