package org.aashray.placements.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.board.BedBoardService;
import org.aashray.placements.transfers.TransferService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * Transfer requests of the current home: those other homes sent it, which its reception or care manager accepts
 * (choosing a free bed) or declines with a reason, and those it sent, which its care manager may withdraw while
 * they wait. Of a resident who has gone, the sending home keeps the line "transferred to ... on ...".
 */
@Route("placements/transfers")
@Menu(title = "nav.transfers", order = 12, icon = "vaadin:exchange")
@RolesAllowed({"RECEPTION", "CARE_MANAGER"})
public class TransfersView extends VerticalLayout implements HasDynamicTitle {

    private final TransferService transfers;
    private final BedBoardService boards;
    private final HomeSummary home;
    private final boolean careManager;
    final Grid<TransferRecord> incoming = new Grid<>();
    final Grid<TransferRecord> outgoing = new Grid<>();
    final EmptyState noIncoming;
    final EmptyState noOutgoing;

    public TransfersView(TransferService transfers, BedBoardService boards, CurrentHome currentHome, CurrentUser currentUser) {
        this.transfers = transfers;
        this.boards = boards;
        this.home = currentHome.get().orElse(null);
        this.careManager = currentUser.has(Role.CARE_MANAGER);
        noIncoming = new EmptyState(getTranslation("placements.transfer.incoming.none"));
        noOutgoing = new EmptyState(getTranslation("placements.transfer.outgoing.none"));
        if (home == null) {
            add(new EmptyState(getTranslation("placements.board.noHome")));
            return;
        }
        incoming.setId("incoming-transfers");
        outgoing.setId("outgoing-transfers");
        configureIncoming();
        configureOutgoing();
        H2 title = new H2(getTranslation("placements.transfer.title", home.name()));
        title.setId("transfers-title");
        add(title,
                new H3(getTranslation("placements.transfer.incoming")), new Paragraph(getTranslation("placements.transfer.incoming.help")),
                noIncoming, incoming,
                new H3(getTranslation("placements.transfer.outgoing")), new Paragraph(getTranslation("placements.transfer.outgoing.help")),
                noOutgoing, outgoing);
        refresh();
    }

    void refresh() {
        List<TransferRecord> in = transfers.incoming(home.id());
        List<TransferRecord> out = transfers.outgoing(home.id());
        incoming.setItems(in); // a home's open requests: a handful
        outgoing.setItems(out); // bounded to the last months
        incoming.setVisible(!in.isEmpty());
        noIncoming.setVisible(in.isEmpty());
        outgoing.setVisible(!out.isEmpty());
        noOutgoing.setVisible(out.isEmpty());
    }

    private void configureIncoming() {
        incoming.addColumn(TransferRecord::caseNumber).setHeader(getTranslation("placements.transfer.caseNumber")).setAutoWidth(true);
        incoming.addColumn(this::who).setHeader(getTranslation("placements.transfer.who")).setAutoWidth(true);
        incoming.addColumn(TransferRecord::fromHome).setHeader(getTranslation("placements.transfer.fromHome")).setAutoWidth(true);
        incoming.addColumn(this::basis).setHeader(getTranslation("placements.transfer.reason")).setFlexGrow(2);
        incoming.addColumn(t -> DateFormats.date(t.requestedOn(), getLocale())).setHeader(getTranslation("placements.transfer.requestedOn"));
        incoming.addComponentColumn(t -> {
            Button accept = new Button(getTranslation("placements.transfer.accept"),
                    e -> new AcceptTransferDialog(transfers, boards.freeBeds(home.id()), t, this::refresh).open());
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            accept.setId("accept-" + t.id());
            Button decline = new Button(getTranslation("placements.transfer.decline"),
                    e -> new DeclineTransferDialog(transfers, t, this::refresh).open());
            decline.addThemeVariants(ButtonVariant.SMALL);
            decline.setId("decline-" + t.id());
            return new HorizontalLayout(accept, decline);
        }).setAutoWidth(true);
        incoming.setAllRowsVisible(true);
    }

    private void configureOutgoing() {
        outgoing.addColumn(TransferRecord::caseNumber).setHeader(getTranslation("placements.transfer.caseNumber")).setAutoWidth(true);
        outgoing.addColumn(t -> t.name() == null ? "" : t.name()).setHeader(getTranslation("placements.transfer.who")).setAutoWidth(true);
        outgoing.addColumn(this::outcome).setHeader(getTranslation("placements.transfer.status")).setFlexGrow(2);
        outgoing.addColumn(t -> DateFormats.date(t.requestedOn(), getLocale())).setHeader(getTranslation("placements.transfer.requestedOn"));
        outgoing.addComponentColumn(t -> {
            Button withdraw = new Button(getTranslation("placements.transfer.withdraw"), e -> SaveAction.of(this)
                    .success("placements.transfer.withdrawn", t.caseNumber()).then(this::refresh).reloading(this::refresh)
                    .run(() -> transfers.withdraw(t.id(), t.version())));
            withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            withdraw.setId("withdraw-" + t.id());
            withdraw.setVisible(careManager && t.pending());
            return withdraw;
        }).setAutoWidth(true);
        outgoing.setAllRowsVisible(true);
    }

    private String who(TransferRecord t) {
        if (t.name() == null) return "";
        return t.name() + " · " + getTranslation("placements.transfer.ageGender", t.age(), getTranslation("residents.gender." + t.gender()));
    }

    private String basis(TransferRecord t) {
        String order = t.orderNumber() == null ? "" : " · " + t.orderNumber()
                + (t.orderDate() == null ? "" : " (" + DateFormats.date(t.orderDate(), getLocale()) + ")");
        return t.reason() + order;
    }

    /** What became of a request the home sent; of an accepted one only where and when she went. */
    String outcome(TransferRecord t) {
        return switch (t.status()) {
            case PENDING -> getTranslation("placements.transfer.line.pending", t.toHome());
            case ACCEPTED -> getTranslation("placements.transfer.line.accepted", t.toHome(), DateFormats.date(t.transferredOn(), getLocale()));
            case DECLINED -> getTranslation("placements.transfer.line.declined", t.toHome(), t.declineReason());
            case WITHDRAWN -> getTranslation("placements.transfer.line.withdrawn", t.toHome());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.transfers");
    }
}
