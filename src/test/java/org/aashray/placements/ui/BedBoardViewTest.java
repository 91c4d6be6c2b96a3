package org.aashray.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.board.BedBoard;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class BedBoardViewTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CurrentHome currentHome;

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
        assertThat(view.summary.getText()).matches("\\d+ of \\d+ beds occupied · \\d+ free · \\d+ waiting for a bed");
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
}
