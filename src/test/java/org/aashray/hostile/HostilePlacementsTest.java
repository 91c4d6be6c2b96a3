package org.aashray.hostile;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.aashray.base.TextInput;
import org.aashray.homes.CurrentHome;
import org.aashray.placements.ExitReason;
import org.aashray.placements.PlacementService;
import org.aashray.placements.board.BedBoard;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in the bed board's dialogs: admit, move within the home, transfer request to another home,
 * time away, exit, and the absconding exit (when she was missed, who was informed). Everyone admitted or placed here lives in the tests' own homes ({@link HostileFixture}),
 * so no bed of the demo homes other tests use is taken.
 */
@AashrayIntegrationTest
class HostilePlacementsTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired CurrentHome currentHome;
    @Autowired PlacementService placements;

    private long homeId;
    private long otherHomeId;
    private Long transferResident;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        otherHomeId = fixture.otherHomeId();
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("admit", user, this::admit, "placements"),
                new Form("move within the home", user, this::move, "placements"),
                new Form("transfer request to another home", user, this::transferRequest, "placement_transfers"),
                new Form("time away", user, this::away, "placement_absences"),
                new Form("exit", user, this::exit, "placements"),
                new Form("absconding exit", user, this::absconded, "placements"));
    }

    /** The placements service trims text; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private void board() {
        currentHome.select(homeId);
        open("placements/board");
    }

    private Opened admit() {
        long resident = fixture.resident("Hostile Admit " + counter.incrementAndGet(), 30);
        board();
        long bed = freeBed();
        test((Button) byId("bed-" + bed)).click();
        Dialog dialog = openDialog();
        @SuppressWarnings("unchecked")
        ComboBox<BedBoard.Waiting> who = (ComboBox<BedBoard.Waiting>) get(dialog, "resident");
        who.setValue(who.getListDataView().getItems().filter(w -> w.residentId() == resident).findFirst().orElseThrow());
        fill(dialog, "admit-reason", "Hostile basis");
        fill(dialog, "orderDate", LocalDate.now());
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private long freeBed() {
        return jdbc.queryForObject("select min(b.id) from beds b join rooms r on r.id = b.room_id where r.home_id = ?"
                + " and b.status = 'AVAILABLE' and b.id not in (select bed_id from bed_occupancy)", Long.class, homeId);
    }

    private Dialog actions(long resident, String action) {
        board();
        test((Button) byId("bed-" + fixture.bedOf(resident))).click();
        Dialog actions = openDialog();
        test(button(actions, action)).click();
        return openDialog();
    }

    private Opened move() {
        long resident = fixture.placedResident("Hostile Move " + counter.incrementAndGet());
        Dialog dialog = actions(resident, t("placements.board.move"));
        chooseFirst(get(dialog, "bed"));
        fill(dialog, "move-reason", "Hostile move");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    /**
     * One resident for every value: a request keeps her bed, so new residents would fill the test home. Her request
     * of the value before is withdrawn first (as the system), since a pending request refuses the next one.
     */
    private Opened transferRequest() {
        if (transferResident == null) {
            transferResident = fixture.placedResident("Hostile Transfer " + counter.incrementAndGet());
        }
        long resident = transferResident;
        jdbc.queryForList("select id, version from placement_transfers where resident_id = ? and status = 'PENDING'", resident)
                .forEach(r -> SystemAuthentication.run(() -> placements.withdrawTransfer(((Number) r.get("id")).longValue(),
                        ((Number) r.get("version")).longValue())));
        Dialog dialog = actions(resident, t("placements.board.transfer"));
        @SuppressWarnings("unchecked")
        ComboBox<Object> home = (ComboBox<Object>) get(dialog, "home");
        home.setValue(home.getListDataView().getItems().filter(h -> ((org.aashray.homes.HomeSummary) h).id() == otherHomeId)
                .findFirst().orElseThrow());
        fill(dialog, "transfer-reason", "Hostile transfer");
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

    private Opened away() {
        long resident = fixture.placedResident("Hostile Away " + counter.incrementAndGet());
        Dialog dialog = actions(resident, t("placements.board.startAway"));
        return new Opened(dialog, button(dialog, t("common.save")), () -> !dialog.isOpened());
    }

    private Opened exit() {
        long resident = fixture.placedResident("Hostile Exit " + counter.incrementAndGet());
        Dialog dialog = actions(resident, t("placements.board.exit"));
        @SuppressWarnings("unchecked")
        HasValue<?, ExitReason> reason = (HasValue<?, ExitReason>) get(dialog, "reason");
        reason.setValue(ExitReason.OTHER);
        fill(dialog, "destination", "Hostile destination");
        fill(dialog, "note", "Hostile note");
        return confirmed(dialog);
    }

    /** Absconding: when she was missed (today at midnight: after her admission today, never in the future), who was informed. */
    @SuppressWarnings("unchecked")
    private Opened absconded() {
        long resident = fixture.placedResident("Hostile Absconded " + counter.incrementAndGet());
        Dialog dialog = actions(resident, t("placements.board.exit"));
        HasValue<?, ExitReason> reason = (HasValue<?, ExitReason>) get(dialog, "reason");
        reason.setValue(ExitReason.ABSCONDED);
        LocalDateTime missed = LocalDate.now().atStartOfDay();
        fill(dialog, "date", missed.toLocalDate());
        fill(dialog, "abscondedAt", missed);
        ((HasValue<?, Boolean>) get(dialog, "informedPolice")).setValue(true);
        fill(dialog, "informedDetails", "Hostile police station");
        return confirmed(dialog);
    }

    /** Saving asks for a confirmation first. */
    private Opened confirmed(Dialog dialog) {
        Button save = (Button) get(dialog, "save");
        Button saveAndConfirm = new Button("save and confirm", e -> {
            save.click();
            find(Button.class).all().stream().filter(b -> "confirm-action".equals(b.getId().orElse(null))).reduce((a, b) -> b)
                    .ifPresent(Button::click);
        });
        return new Opened(dialog, saveAndConfirm, () -> !dialog.isOpened());
    }
}
