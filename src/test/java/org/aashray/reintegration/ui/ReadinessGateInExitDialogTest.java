package org.aashray.reintegration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.ui.BedBoardView;
import org.aashray.reintegration.ReintegrationFixtures;
import org.aashray.reintegration.readiness.Answer;
import org.aashray.reintegration.readiness.ReadinessItem;
import org.aashray.reintegration.readiness.ReadinessItemAnswer;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.residents.ui.ResidentProfileView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The readiness gate refuses "restored to family" in the bed board's exit dialog: the dialog shows, next to the
 * refusal, the way to the override (her reintegration tab) and the override itself for the care manager.
 */
@AashrayIntegrationTest
class ReadinessGateInExitDialogTest extends SpringBrowserlessTest {

    @Autowired ReintegrationFixtures fx;
    @Autowired ReadinessService readiness;
    @Autowired CurrentHome currentHome;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** A resident in a bed of SUN-T whose readiness check left the safety plan unmet (a blocking item). */
    ReintegrationFixtures.Placed notReady(String name) {
        ReintegrationFixtures.Placed placed = fx.placedResident("SUN-T", name);
        List<ReadinessItemAnswer> answers = Arrays.stream(ReadinessItem.values()).filter(i -> !i.computed())
                .map(i -> new ReadinessItemAnswer(i, i == ReadinessItem.SAFETY_PLAN ? Answer.NOT_MET : Answer.MET, null)).toList();
        fx.as("counsellor", () -> readiness.record(placed.resident().id(), answers));
        return placed;
    }

    void confirm() {
        find(Button.class).all().stream().filter(b -> "confirm-action".equals(b.getId().orElse(null)))
                .filter(b -> b.findAncestor(Dialog.class) == null || b.findAncestor(Dialog.class).isOpened())
                .reduce((a, b) -> b).map(this::test).orElseThrow().click();
    }

    Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    TextField field(Dialog dialog, String label) {
        return find(TextField.class).from(dialog).all().stream().filter(f -> label.equals(f.getLabel())).findFirst().orElseThrow();
    }

    /** Opens her bed's exit dialog on the board, fills in the restoration and saves it: the gate refuses it. */
    Dialog refusedRestoration(ReintegrationFixtures.Placed placed) {
        currentHome.select(placed.resident().homeId());
        navigate(BedBoardView.class);
        test(button("bed-" + placed.placement().bedId())).click();
        test(button("action-exit")).click();
        Dialog exit = find(Dialog.class).withId("exit-dialog").single();
        test(field(exit, "Where she goes (address or organisation)")).setValue("Mother's home, Vill. Dhanpur");
        test(field(exit, "Order that releases her")).setValue("CWC/REL/2026/41");
        test(button("exit-save")).click();
        confirm();
        Select<?> reason = find(Select.class).from(exit).single();
        assertThat(exit.isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Safety plan");
        assertThat(openPlacements(placed.resident().id())).isEqualTo(1);
        return exit;
    }

    long openPlacements(long residentId) {
        return jdbc.queryForObject("select count(*) from placements where resident_id = ? and end_date is null", Long.class, residentId);
    }

    @Test
    @WithUserDetails("caremanager")
    void a_refused_restoration_offers_the_override_in_the_exit_dialog_and_once_recorded_the_exit_goes_through() {
        ReintegrationFixtures.Placed placed = notReady("Gate Remedy Sunita");
        long id = placed.resident().id();
        Dialog exit = refusedRestoration(placed);

        Button override = find(Button.class).from(exit).withId("readiness-gate-override").single();
        test(override).click();
        test(find(TextArea.class).withId("override-reason").single())
                .setValue("Release ordered by the magistrate; the DCPU writes her protection plan at home");
        test(button("override-save")).click();
        confirm();
        assertThat(jdbc.queryForObject("select count(*) from reint_overrides where resident_id = ? and used_on is null",
                Long.class, id)).isEqualTo(1);
        assertThat(exit.isOpened()).isTrue();
        assertThat(find(Select.class).from(exit).single().isInvalid()).as("the refusal is lifted").isFalse();

        test(button("exit-save")).click();
        confirm();

        assertThat(exit.isOpened()).isFalse();
        assertThat(openPlacements(id)).isZero();
        assertThat(jdbc.queryForObject("select exit_reason from placements where resident_id = ? order by id desc limit 1",
                String.class, id)).isEqualTo("RESTORED_TO_FAMILY");
        assertThat(jdbc.queryForObject("select used_on from reint_overrides where resident_id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(clock));
    }

    @Test
    @WithUserDetails("caremanager")
    void the_link_next_to_a_refused_restoration_opens_her_reintegration_tab_with_the_override() {
        ReintegrationFixtures.Placed placed = notReady("Gate Link Mitali");
        long id = placed.resident().id();
        Dialog exit = refusedRestoration(placed);

        Anchor link = find(Anchor.class).from(exit).withId("readiness-gate-link").single();
        assertThat(link.getHref()).isEqualTo("resident/" + id + "?tab=reintegration");
        String[] pathAndQuery = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(pathAndQuery[0], QueryParameters.fromString(pathAndQuery[1]));
        assertThat(getCurrentView()).isInstanceOf(ResidentProfileView.class);
        roundTrip(); // the tab sheet attaches the selected tab

        Component overrideInTab = find(Button.class).withId("readiness-override").single();
        assertThat(overrideInTab.isVisible()).isTrue();
        assertThat(openPlacements(id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("caremanager")
    @SuppressWarnings("unchecked")
    void a_repatriation_recorded_on_the_bed_board_is_refused_with_the_way_to_her_handover() {
        ReintegrationFixtures.Placed placed = fx.placedResident("SUN-T", "Gate Handover Jesmin");
        currentHome.select(placed.resident().homeId());
        navigate(BedBoardView.class);
        test(button("bed-" + placed.placement().bedId())).click();
        test(button("action-exit")).click();
        Dialog exit = find(Dialog.class).withId("exit-dialog").single();
        Select<Object> reason = find(Select.class).from(exit).single();
        test(reason).selectItem("Repatriated");
        test(field(exit, "Where she goes (address or organisation)")).setValue("Rights Jessore, Petrapole");
        test(field(exit, "Order that releases her")).setValue("TP-BD-2231");
        test(button("exit-save")).click();
        confirm();

        assertThat(exit.isOpened()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("completing the handover on her reintegration tab");
        assertThat(find(Anchor.class).from(exit).withId("readiness-gate-link").single().getHref())
                .isEqualTo("resident/" + placed.resident().id() + "?tab=reintegration");
        assertThat(find(Button.class).from(exit).withId("readiness-gate-override").all()).isEmpty();
        assertThat(openPlacements(placed.resident().id())).isEqualTo(1);
    }
}
