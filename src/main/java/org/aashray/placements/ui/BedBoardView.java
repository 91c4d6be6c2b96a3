package org.aashray.placements.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.ExitRemedy;
import org.aashray.placements.absences.AbsenceService;
import org.aashray.placements.admissions.AdmissionService;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.board.BedBoardService;
import org.aashray.placements.exits.ExitService;
import org.aashray.placements.transfers.TransferService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * Who sleeps where in the current home: rooms and beds, free, occupied, out of service; residents past their
 * expected end date are highlighted, absconding is shown first as an emergency. Reception admits and moves
 * residents from here, the care manager asks another home to take a resident in (a transfer request); every bed is
 * a button, so the board works with the keyboard and on a tablet.
 */
@Route("placements/board")
@Menu(title = "nav.bedBoard", order = 11, icon = "vaadin:bed")
@RolesAllowed({"RECEPTION", "COUNSELLOR", "MEDICAL", "TRAINER", "CARE_MANAGER"})
public class BedBoardView extends VerticalLayout implements HasDynamicTitle {

    private final AdmissionService admissions;
    private final MoveService moves;
    private final TransferService transfers;
    private final ExitService exits;
    private final AbsenceService absences;
    private final BedBoardService boards;
    private final HomeService homes;
    private final List<ExitRemedy> exitRemedies;
    private final HomeSummary home;
    final boolean mayPlace;
    final boolean careManager;
    final Paragraph summary = new Paragraph();
    final Div emergencies = new Div();
    final Div away = new Div();
    final Div waiting = new Div();
    final Div rooms = new Div();
    BedBoard board;

    public BedBoardView(AdmissionService admissions, MoveService moves, TransferService transfers, ExitService exits,
                        AbsenceService absences, BedBoardService boards, HomeService homes, CurrentHome currentHome,
                        CurrentUser currentUser, List<ExitRemedy> exitRemedies) {
        this.admissions = admissions;
        this.moves = moves;
        this.transfers = transfers;
        this.exits = exits;
        this.absences = absences;
        this.boards = boards;
        this.homes = homes;
        this.exitRemedies = exitRemedies;
        this.home = currentHome.get().orElse(null);
        this.mayPlace = currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER);
        this.careManager = currentUser.has(Role.CARE_MANAGER);
        addClassName("bed-board");
        if (home == null) {
            add(new EmptyState(getTranslation("placements.board.noHome")));
            return;
        }
        H2 title = new H2(home.name() + " (" + home.code() + ")");
        summary.setId("board-summary");
        emergencies.setId("board-emergencies");
        away.setId("board-away");
        waiting.setId("board-waiting");
        rooms.setId("board-rooms");
        rooms.addClassName("card-grid");
        add(title, emergencies, summary, rooms, away, waiting);
        render();
    }

    void render() {
        board = boards.board(home.id());
        summary.setText(getTranslation("placements.board.summary", board.figures().occupied(), board.figures().beds(),
                board.figures().free(), board.waiting().size())
                + (board.outOfService() == 0 ? "" : " · " + getTranslation("placements.board.outOfServiceCount", board.outOfService())));
        renderEmergencies();
        renderAway();
        renderWaiting();
        rooms.removeAll();
        Map<String, List<BedBoard.Bed>> byRoom = board.beds().stream()
                .collect(Collectors.groupingBy(BedBoard.Bed::roomName, LinkedHashMap::new, Collectors.toList()));
        if (byRoom.isEmpty()) rooms.add(new EmptyState(getTranslation("placements.board.noBeds")));
        byRoom.forEach((room, beds) -> {
            Div card = new Div(new H3(room));
            card.addClassName("card");
            Div chips = new Div();
            chips.addClassName("bed-chips");
            chips.getStyle().set("flex-direction", "column").set("align-items", "stretch");
            beds.forEach(b -> chips.add(bedButton(b)));
            card.add(chips);
            rooms.add(card);
        });
        if (!board.children().isEmpty()) {
            Div cots = new Div(new H3(getTranslation("placements.board.children")));
            cots.addClassName("card");
            board.children().forEach(c -> cots.add(new Paragraph(c.who() + " · " + getTranslation("placements.board.since",
                    DateFormats.date(c.since(), getLocale())))));
            rooms.add(cots);
        }
    }

    private Button bedButton(BedBoard.Bed b) {
        String text = switch (b.state()) {
            case FREE -> b.label() + " · " + getTranslation("placements.board.free");
            case OUT_OF_SERVICE -> b.label() + " · " + getTranslation("placements.board.outOfService");
            case OCCUPIED -> b.label() + " · " + b.who() + (b.away() ? " · " + getTranslation("placements.board.away") : "")
                    + (b.overLimit() ? " · " + getTranslation("placements.board.overLimit", DateFormats.date(b.expectedEnd(), getLocale())) : "");
        };
        Button button = new Button(text);
        button.setId("bed-" + b.bedId());
        button.getElement().setAttribute("data-bed", b.roomName() + " " + b.label());
        button.getElement().setAttribute("data-state", b.state().name() + (b.overLimit() ? " OVER_LIMIT" : ""));
        button.getStyle().set("justify-content", "flex-start").set("min-height", "2.75rem").set("white-space", "normal");
        switch (b.state()) {
            case FREE -> button.addClassName("bed-available");
            case OUT_OF_SERVICE -> {
                button.addClassName("bed-out-of-service");
                button.setEnabled(false);
            }
            case OCCUPIED -> button.getStyle().set("background", b.overLimit() ? "#fff1d6" : "#e8eefc")
                    .set("color", b.overLimit() ? "#7a4b00" : "#1a3a7a").set("font-weight", b.overLimit() ? "600" : "normal");
        }
        if (mayPlace && b.state() == BedBoard.State.FREE) {
            button.getElement().setAttribute("title", getTranslation("placements.board.admitHere"));
            button.addClickListener(e -> new AdmitDialog(admissions, board, b, null, this::render).open());
        } else if (mayPlace && b.state() == BedBoard.State.OCCUPIED) {
            button.addClickListener(e -> occupiedActions(b).open());
        }
        return button;
    }

    Dialog occupiedActions(BedBoard.Bed b) {
        Dialog d = new Dialog();
        d.setId("bed-actions");
        d.setHeaderTitle(b.who() + (b.caseNumber() == null ? "" : " · " + b.caseNumber()));
        d.add(new Paragraph(getTranslation("placements.board.stay", DateFormats.date(b.since(), getLocale()),
                DateFormats.date(b.expectedEnd(), getLocale()))));
        Button move = new Button(getTranslation("placements.board.move"), e -> {
            d.close();
            new MoveDialog(moves, boards, home, board, b, this::render).open();
        });
        move.setId("action-move");
        Button transfer = new Button(getTranslation("placements.board.transfer"), e -> {
            d.close();
            new TransferRequestDialog(transfers, homes.homesOfState(home.id()), home, board.today(), b, this::render).open();
        });
        transfer.setId("action-transfer");
        transfer.setVisible(careManager);
        Button leave = new Button(getTranslation("placements.board.startAway"), e -> {
            d.close();
            new AbsenceDialog(absences, b.residentId(), b.who(), board.today(), this::render).open();
        });
        leave.setEnabled(!b.away());
        Button exit = new Button(getTranslation(careManager ? "placements.board.exit" : "placements.board.absconded"), e -> {
            d.close();
            new ExitDialog(exits, exitRemedies, b, careManager, board.today(), this::render).open();
        });
        exit.setId("action-exit");
        exit.addThemeVariants(ButtonVariant.ERROR);
        VerticalLayout actions = new VerticalLayout(move, transfer, leave, exit);
        actions.setPadding(false);
        actions.getChildren().forEach(c -> ((Button) c).setWidthFull());
        d.add(actions);
        d.getFooter().add(new Button(getTranslation("common.cancel"), e -> d.close()));
        return d;
    }

    private void renderEmergencies() {
        emergencies.removeAll();
        emergencies.setVisible(!board.emergencies().isEmpty());
        emergencies.getStyle().set("background", "#fde7e9").set("border", "2px solid #b00020").set("border-radius", "8px")
                .set("padding", "0.5rem 1rem").set("color", "#5c0011");
        if (board.emergencies().isEmpty()) return;
        emergencies.add(new H3(getTranslation("placements.board.emergency")));
        for (BedBoard.Emergency em : board.emergencies()) {
            HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("placements.board.abscondedLine", em.who(),
                    DateFormats.dateTime(em.abscondedAt(), getLocale()),
                    getTranslation(em.informedPolice() ? "placements.yes" : "placements.no"),
                    getTranslation(em.informedCwc() ? "placements.yes" : "placements.no"),
                    em.informedDetails() == null ? "" : em.informedDetails())));
            row.setAlignItems(Alignment.CENTER);
            if (careManager) {
                row.add(new Button(getTranslation("placements.board.closeEmergency"), e -> {
                    SaveAction.of(this).success(null).run(() -> exits.closeEmergency(em.placementId(), em.version(), board.today()));
                    render();
                }));
            }
            emergencies.add(row);
        }
    }

    private void renderAway() {
        away.removeAll();
        if (board.absences().isEmpty()) return;
        away.add(new H3(getTranslation("placements.board.awayTitle")));
        for (BedBoard.Away a : board.absences()) {
            Span text = new Span(getTranslation("placements.board.awayLine", a.who(), getTranslation("placements.absence." + a.kind()),
                    DateFormats.date(a.expectedReturn(), getLocale())) + (a.overdue() ? " · " + getTranslation("placements.board.overdue") : ""));
            if (a.overdue()) text.getStyle().set("color", "#b00020").set("font-weight", "600");
            HorizontalLayout row = new HorizontalLayout(text);
            row.setAlignItems(Alignment.CENTER);
            if (mayPlace) {
                row.add(new Button(getTranslation("placements.board.returned"), e -> {
                    SaveAction.of(this).success(null).run(() -> absences.recordReturn(a.absenceId(), a.version(), board.today()));
                    render();
                }));
            }
            away.add(row);
        }
    }

    private void renderWaiting() {
        waiting.removeAll();
        waiting.add(new H3(getTranslation("placements.board.waitingTitle")));
        if (board.waiting().isEmpty()) {
            waiting.add(new EmptyState(getTranslation("placements.board.noneWaiting")));
            return;
        }
        for (BedBoard.Waiting w : board.waiting()) {
            HorizontalLayout row = new HorizontalLayout(new Span(w.who() + " · " + w.caseNumber() + " · "
                    + getTranslation("placements.board.arrived", DateFormats.date(w.admittedOn(), getLocale()))));
            row.setAlignItems(Alignment.CENTER);
            if (mayPlace) {
                Button give = new Button(getTranslation("placements.board.giveBed"),
                        e -> new AdmitDialog(admissions, board, null, w, this::render).open());
                give.getElement().setAttribute("data-resident", w.caseNumber());
                // the board has no fields: every refusal is said in one notification
                Button withMother = new Button(getTranslation("placements.board.withMother"), e -> SaveAction.of(this).success(null)
                        .then(this::render).run(() -> admissions.placeWithMother(w.residentId(), board.today())));
                row.add(w.accompanyingChild() ? withMother : give);
            }
            waiting.add(row);
        }
    }

    List<Component> bedButtons() {
        return rooms.getChildren().flatMap(Component::getChildren).filter(c -> c instanceof Div)
                .flatMap(Component::getChildren).filter(c -> c instanceof Button).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bedBoard");
    }
}
