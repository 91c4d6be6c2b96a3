package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.TransferRequest;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.transfers.TransferService;

/**
 * The care manager asks another home of the state (any district) to take the resident in. She keeps her bed until
 * that home accepts; its reception and care manager see the request under <i>Transfers</i>, with an alert.
 */
class TransferRequestDialog extends Dialog {

    final ComboBox<HomeSummary> home = new ComboBox<>();
    final TextArea reason = new TextArea();
    final TextField orderNumber = new TextField();
    final DatePicker orderDate = new DatePicker();
    final Button save = new Button();

    TransferRequestDialog(TransferService transfers, List<HomeSummary> homes, HomeSummary current, LocalDate today,
                          BedBoard.Bed occupied, Runnable onDone) {
        setHeaderTitle(getTranslation("placements.transfer.request.title", occupied.who()));
        setId("transfer-request-dialog");
        home.setLabel(getTranslation("placements.transfer.toHome"));
        home.setItems(homes.stream().filter(h -> h.id() != current.id()).toList());
        home.setItemLabelGenerator(h -> h.name() + " (" + h.code() + ") · " + h.districtName());
        home.setRequired(true);
        home.setId("transfer-home");
        reason.setLabel(getTranslation("placements.transfer.reason"));
        reason.setRequired(true);
        reason.setMaxLength(500); // placement_transfers.reason
        reason.setId("transfer-reason");
        orderNumber.setLabel(getTranslation("placements.orderNumber"));
        orderNumber.setMaxLength(60);
        orderNumber.setId("transfer-order-number");
        DateFormats.apply(orderDate);
        orderDate.setLabel(getTranslation("placements.orderDate"));
        orderDate.setMax(today);
        orderDate.setId("transfer-order-date");
        FormLayout form = new FormLayout(home, orderNumber, orderDate, reason);
        form.setColspan(home, 2);
        form.setColspan(reason, 2);
        add(new Paragraph(getTranslation("placements.transfer.request.help")), form);
        Map<String, HasValidation> fields = Map.of("toHome", home, "reason", reason, "orderNumber", orderNumber,
                "orderDate", orderDate, "resident", home);
        save.setText(getTranslation("placements.transfer.request.save"));
        save.setId("transfer-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(onDone)
                .success("placements.transfer.request.done", occupied.who(), home.isEmpty() ? "" : home.getValue().name())
                .run(() -> transfers.request(new TransferRequest(occupied.residentId(), home.isEmpty() ? 0 : home.getValue().id(),
                        reason.getValue(), orderNumber.getValue(), orderDate.getValue()))));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
