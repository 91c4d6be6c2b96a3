package org.aashray.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aashray.base.ValidationException;
import org.aashray.homes.BedService;
import org.aashray.homes.BedStatus;
import org.aashray.homes.BedSummary;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.OccupancyFigures;
import org.aashray.placements.OccupancyService;
import org.aashray.placements.board.BedBoard;
import org.aashray.security.SystemAuthentication;
import org.aashray.shell.ui.DashboardView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class BedBoardViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentHome currentHome;
    @Autowired BedService beds;
    @Autowired OccupancyService occupancy;
    @Autowired Clock clock;

    BedBoardView open(String homeCode) {
        currentHome.select(jdbc.queryForObject("select id from homes where code = ?", Long.class, homeCode));
        return navigate(BedBoardView.class);
    }

    Button button(BedBoard.Bed bed) {
        return find(Button.class).withId("bed-" + bed.bedId()).single();
    }

    @Test
    @WithUserDetails("reception")
    void reception_gives_a_waiting_resident_a_free_bed_from_the_board_and_the_board_shows_her() {
        BedBoardView view = open("SUN-T");
        BedBoard.Bed free = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.FREE).findFirst().orElseThrow();
        BedBoard.Waiting arrival = view.board.waiting().getFirst();
        long waitingBefore = view.board.waiting().size();

        test(button(free)).click();
        AdmitDialog dialog = find(AdmitDialog.class).single();
        assertThat(dialog.bed.getValue()).isEqualTo(free);
        test(dialog.resident).selectItem(arrival.who() + " · " + arrival.caseNumber());
        test(dialog.basisReason).setValue("Brought by the AHTU at night; order expected tomorrow");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(button(free).getText()).contains(arrival.who());
        assertThat(view.board.waiting()).hasSize((int) waitingBefore - 1);
        assertThat(jdbc.queryForObject("select resident_id from bed_occupancy where bed_id = ?", Long.class, free.bedId()))
                .isEqualTo(arrival.residentId());
    }

    @Test
    @WithUserDetails("reception")
    void admitting_without_choosing_a_resident_says_so_next_to_the_field_and_saves_nothing() {
        BedBoardView view = open("SUN-T");
        BedBoard.Bed free = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.FREE).findFirst().orElseThrow();
        test(button(free)).click();
        AdmitDialog dialog = find(AdmitDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.resident.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, free.bedId())).isZero();
    }

    @Test
    @WithUserDetails("reception")
    void residents_past_their_expected_end_are_highlighted_and_out_of_service_beds_cannot_be_chosen() {
        BedBoardView view = open("SUN-T");
        BedBoard.Bed over = view.board.beds().stream().filter(BedBoard.Bed::overLimit).findFirst().orElseThrow();
        assertThat(button(over).getText()).contains("past expected end");
        assertThat(button(over).getElement().getAttribute("data-state")).contains("OVER_LIMIT");
        BedBoard.Bed broken = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.OUT_OF_SERVICE).findFirst().orElseThrow();
        assertThat(button(broken).isEnabled()).isFalse();
        assertThat(view.summary.getText()).matches("\\d+ of \\d+ beds occupied · \\d+ free · \\d+ waiting for a bed · 1 out of service, not counted");
    }

    @Test
    @WithUserDetails("trainer")
    void a_trainer_sees_initials_and_case_numbers_not_names_and_cannot_change_the_board() {
        BedBoardView view = open("SUN-L");
        BedBoard.Bed occupied = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.OCCUPIED).findFirst().orElseThrow();
        String name = jdbc.queryForObject("select name from residents where id = ?", String.class, occupied.residentId());
        assertThat(button(occupied).getText()).doesNotContain(name).contains(occupied.caseNumber());
        test(button(occupied)).click();
        assertThat(find(Dialog.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails("caremanager")
    void an_absconded_resident_is_shown_first_as_an_emergency() {
        BedBoardView view = open("SUN-L");
        assertThat(view.emergencies.isVisible()).isTrue();
        assertThat(view.emergencies.getElement().getTextRecursively()).contains("Emergency: resident missing")
                .contains("police informed: yes");
    }

    long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    long inServiceBeds(long homeId) {
        return jdbc.queryForObject("""
                select count(*) from beds b join rooms r on r.id = b.room_id where r.home_id = ? and b.status = 'AVAILABLE'""",
                Long.class, homeId);
    }

    static long[] numbers(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        assertThat(m.find()).as("'%s' in '%s'", pattern, text).isTrue();
        return new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    @Test
    @WithUserDetails("reception")
    void with_a_bed_out_of_service_the_bed_board_and_the_dashboard_card_give_the_same_occupancy_of_the_beds_in_service() {
        long home = homeId("SUN-T");
        BedSummary bed = SystemAuthentication.call(() -> beds.beds(home)).stream()
                .filter(b -> b.status() == BedStatus.AVAILABLE)
                .filter(b -> jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, b.id()) == 0)
                .findFirst().orElseThrow();
        BedSummary outOfService = SystemAuthentication.call(() -> beds.setStatus(bed.id(), bed.version(), BedStatus.OUT_OF_SERVICE));
        try {
            long inService = inServiceBeds(home);

            BedBoardView board = open("SUN-T");
            long[] onBoard = numbers(board.summary.getText(), "(\\d+) of (\\d+) beds occupied");
            long freeChips = board.board.beds().stream().filter(b -> b.state() == BedBoard.State.FREE).count();
            long occupiedChips = board.board.beds().stream().filter(b -> b.state() == BedBoard.State.OCCUPIED).count();
            assertThat(button(board.board.beds().stream().filter(b -> b.bedId() == bed.id()).findFirst().orElseThrow())
                    .getText()).contains("out of service");

            navigate(DashboardView.class);
            String card = find(Div.class).withId("occupancy-card-SUN-T").single().getElement().getTextRecursively();
            long[] onCard = numbers(card, "Beds occupied: (\\d+) of (\\d+)");

            assertThat(onBoard).as("bed board: occupied of beds").containsExactly(onCard);
            assertThat(onBoard[1]).as("the home's capacity: its beds in service").isEqualTo(inService);
            assertThat(onBoard[0]).isEqualTo(occupiedChips);
            assertThat(board.summary.getText()).contains(" · " + freeChips + " free");
            OccupancyFigures figures = occupancy.occupancy(Set.of(home), LocalDate.now(clock));
            assertThat(figures.beds()).isEqualTo(inService);
            assertThat(figures.occupied()).isEqualTo(occupiedChips);
            assertThat(figures.free()).isEqualTo(freeChips);
        } finally {
            SystemAuthentication.run(() -> beds.setStatus(bed.id(), outOfService.version(), BedStatus.AVAILABLE));
        }
    }

    @Test
    @WithUserDetails("admin")
    void an_occupied_bed_cannot_be_taken_out_of_service_so_capacity_always_holds_every_occupied_bed() {
        long home = homeId("SUN-T");
        BedSummary occupied = beds.beds(home).stream()
                .filter(b -> jdbc.queryForObject("select count(*) from bed_occupancy where bed_id = ?", Long.class, b.id()) == 1)
                .findFirst().orElseThrow();
        long before = inServiceBeds(home);

        assertThatThrownBy(() -> beds.setStatus(occupied.id(), occupied.version(), BedStatus.OUT_OF_SERVICE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("homes.validation.bedOccupied"));

        assertThat(jdbc.queryForObject("select status from beds where id = ?", String.class, occupied.id())).isEqualTo("AVAILABLE");
        assertThat(inServiceBeds(home)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("reception")
    void reception_records_absconding_in_a_dialog_that_says_it_records_her_as_missing() {
        BedBoardView view = open("SUN-T");
        BedBoard.Bed occupied = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.OCCUPIED).findFirst().orElseThrow();
        test(button(occupied)).click();
        Button action = find(Button.class).withId("action-exit").single();
        assertThat(action.getText()).isEqualTo("Record absconding");
        test(action).click();

        ExitDialog dialog = find(ExitDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(occupied.who() + " is missing");
        assertThat(dialog.save.getText()).isEqualTo("Record absconding");
        test(dialog.save).click();
        Dialog confirm = find(Button.class).withId("confirm-action").single().findAncestor(Dialog.class);
        assertThat(confirm.getHeaderTitle()).isEqualTo("Record absconding?");
        assertThat(confirm.getElement().getTextRecursively()).contains(occupied.who() + " is recorded as missing");
    }

    @Test
    @WithUserDetails("caremanager")
    void the_care_managers_exit_dialog_says_exit_and_turns_to_absconding_when_she_chooses_it() {
        BedBoardView view = open("SUN-L");
        BedBoard.Bed occupied = view.board.beds().stream().filter(b -> b.state() == BedBoard.State.OCCUPIED).findFirst().orElseThrow();
        test(button(occupied)).click();
        test(find(Button.class).withId("action-exit").single()).click();
        ExitDialog dialog = find(ExitDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo(occupied.who() + " leaves the home");
        assertThat(dialog.save.getText()).isEqualTo("Record exit");
        dialog.reason.setValue(org.aashray.placements.ExitReason.ABSCONDED);
        assertThat(dialog.getHeaderTitle()).isEqualTo(occupied.who() + " is missing");
        assertThat(dialog.save.getText()).isEqualTo("Record absconding");
    }
}
