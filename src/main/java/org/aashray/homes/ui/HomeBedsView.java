package org.aashray.homes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.EmptyState;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.BedService;
import org.aashray.homes.BedStatus;
import org.aashray.homes.BedSummary;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.RoomSummary;

/** ADMIN: a home's rooms and beds. Capacity follows the beds in service. */
@Route("admin/homes/beds")
@RolesAllowed("ADMIN")
public class HomeBedsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final HomeService homes;
    private final BedService beds;
    private HomeSummary home;
    final TextField roomName = new TextField();
    final Div rooms = new Div();
    private final Paragraph capacity = new Paragraph();

    public HomeBedsView(HomeService homes, BedService beds) {
        this.homes = homes;
        this.beds = beds;
    }

    @Override
    public void setParameter(BeforeEvent event, Long homeId) {
        home = homes.summary(homeId);
        removeAll();
        add(new H2(home.name() + " (" + home.code() + ")"), capacity);
        roomName.setLabel(getTranslation("beds.newRoom"));
        roomName.setId("room-name");
        roomName.setMaxLength(60); // rooms.name; BedService refuses more with a message
        Button addRoom = new Button(getTranslation("beds.addRoom"), e -> SaveAction.of(this, Map.of("name", roomName)).success(null)
                .then(() -> {
                    roomName.clear();
                    roomName.setInvalid(false);
                    render();
                }).run(() -> beds.addRoom(home.id(), roomName.getValue())));
        addRoom.setId("add-room");
        HorizontalLayout addRoomRow = new HorizontalLayout(roomName, addRoom);
        addRoomRow.setAlignItems(Alignment.BASELINE);
        rooms.addClassName("rooms");
        add(addRoomRow, rooms);
        render();
    }

    private void render() {
        rooms.removeAll();
        List<BedSummary> all = beds.beds(home.id());
        long inService = all.stream().filter(b -> b.status() == BedStatus.AVAILABLE).count();
        capacity.setText(getTranslation("beds.capacity", inService, all.size()));
        Map<Long, List<BedSummary>> byRoom = all.stream().collect(Collectors.groupingBy(BedSummary::roomId));
        List<RoomSummary> roomList = beds.rooms(home.id());
        if (roomList.isEmpty()) {
            rooms.add(new EmptyState(getTranslation("beds.noRooms")));
        }
        for (RoomSummary room : roomList) {
            Div card = new Div(new H3(room.name()));
            card.addClassName("card");
            Div bedChips = new Div();
            bedChips.addClassName("bed-chips");
            for (BedSummary bed : byRoom.getOrDefault(room.id(), List.of())) {
                bedChips.add(bedChip(bed));
            }
            IntegerField count = new IntegerField(getTranslation("beds.count"));
            count.setValue(1);
            count.setMin(1);
            count.setMax(50);
            count.setStepButtonsVisible(true);
            count.setWidth("8rem");
            TextField prefix = new TextField(getTranslation("beds.prefix"));
            prefix.setWidth("8rem");
            prefix.setMaxLength(10); // BedService allows 10, so labels fit beds.label
            prefix.setValue(room.name().substring(0, 1).toUpperCase());
            Button add = new Button(getTranslation("beds.addBeds"), e -> SaveAction.of(this, Map.of("count", count, "prefix", prefix))
                    .success(null).then(this::render)
                    .run(() -> beds.addBeds(room.id(), prefix.getValue(), count.getValue() == null ? 0 : count.getValue())));
            HorizontalLayout addRow = new HorizontalLayout(prefix, count, add);
            addRow.setAlignItems(Alignment.BASELINE);
            card.add(bedChips, addRow);
            rooms.add(card);
        }
    }

    private Button bedChip(BedSummary bed) {
        boolean inService = bed.status() == BedStatus.AVAILABLE;
        Button chip = new Button(bed.label() + (inService ? "" : " · " + getTranslation("beds.outOfService")));
        chip.addClassName(inService ? "bed-available" : "bed-out-of-service");
        chip.addThemeVariants(ButtonVariant.SMALL);
        chip.getElement().setAttribute("title", getTranslation(inService ? "beds.takeOutOfService" : "beds.returnToService"));
        chip.addClickListener(e -> {
            Runnable change = () -> {
                SaveAction.of(this).success(null)
                        .run(() -> beds.setStatus(bed.id(), bed.version(), inService ? BedStatus.OUT_OF_SERVICE : BedStatus.AVAILABLE));
                render(); // saved or not: the chips show what is stored now
            };
            if (inService) {
                ConfirmAction.ask(getTranslation("beds.takeOutOfService"), getTranslation("beds.takeOutQuestion", bed.label()),
                        getTranslation("beds.takeOutOfService"), getTranslation("common.cancel"), change);
            } else {
                change.run();
            }
        });
        return chip;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("homes.roomsAndBeds") + (home == null ? "" : " · " + home.name());
    }
}
