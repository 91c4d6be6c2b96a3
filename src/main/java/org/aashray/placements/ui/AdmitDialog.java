package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.aashray.base.ValidationException;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.Admission;
import org.aashray.placements.admissions.AdmissionService;
import org.aashray.placements.board.BedBoard;

/** Reception gives a resident of the home a free bed, under the order she came with or a documented reason. */
class AdmitDialog extends Dialog {

    final ComboBox<BedBoard.Waiting> resident = new ComboBox<>();
    final ComboBox<BedBoard.Bed> bed = new ComboBox<>();
    final DatePicker startDate = new DatePicker();
    final TextField orderNumber = new TextField();
    final DatePicker orderDate = new DatePicker();
    final TextArea basisReason = new TextArea();
    final Button save = new Button();

    AdmitDialog(AdmissionService admissions, BedBoard board, BedBoard.Bed chosenBed, BedBoard.Waiting chosenResident,
                Runnable onDone) {
        setHeaderTitle(getTranslation("placements.admit.title"));
        setId("admit-dialog");
        resident.setLabel(getTranslation("placements.resident"));
        resident.setItems(board.waiting());
        resident.setItemLabelGenerator(w -> w.who() + " · " + w.caseNumber());
        resident.setId("admit-resident");
        resident.setRequired(true);
        bed.setLabel(getTranslation("placements.bed"));
        List<BedBoard.Bed> free = board.beds().stream().filter(b -> b.state() == BedBoard.State.FREE).toList();
        bed.setItems(free);
        bed.setItemLabelGenerator(b -> b.roomName() + " · " + b.label());
        bed.setId("admit-bed");
        bed.setRequired(true);
        DateFormats.apply(startDate);
        DateFormats.apply(orderDate);
        startDate.setLabel(getTranslation("placements.startDate"));
        startDate.setValue(board.today());
        startDate.setMax(board.today());
        startDate.setId("admit-start");
        orderNumber.setLabel(getTranslation("placements.orderNumber"));
        orderNumber.setHelperText(getTranslation("placements.orderHelp"));
        orderNumber.setId("admit-order");
        orderDate.setLabel(getTranslation("placements.orderDate"));
        orderDate.setMax(board.today());
        orderNumber.setMaxLength(60); // placements.order_number
        basisReason.setMaxLength(500);
        basisReason.setLabel(getTranslation("placements.basisReason"));
        basisReason.setId("admit-reason");
        if (chosenBed != null) bed.setValue(chosenBed);
        if (chosenResident != null) resident.setValue(chosenResident);
        FormLayout form = new FormLayout(resident, bed, startDate, orderNumber, orderDate, basisReason);
        form.setColspan(basisReason, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("resident", resident, "bed", bed,
                "startDate", startDate, "orderNumber", orderNumber, "orderDate", orderDate, "basisReason", basisReason);
        save.setText(getTranslation("placements.admit.save"));
        save.setId("admit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (resident.isEmpty() || bed.isEmpty()) {
                FieldErrors.show(this, new ValidationException(resident.isEmpty() ? "resident" : "bed", "validation.required"), fields);
                return;
            }
            SaveAction.of(this, fields).closing(this).then(onDone)
                    .success("placements.admit.done", resident.getValue().who(), bed.getValue().roomName() + " · " + bed.getValue().label())
                    .run(() -> admissions.admit(new Admission(resident.getValue().residentId(), bed.getValue().bedId(),
                            startDate.getValue(), orderNumber.getValue(), orderDate.getValue(), basisReason.getValue())));
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        setCloseOnEsc(true);
    }
}
