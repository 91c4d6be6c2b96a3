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
import org.aashray.homes.HomeSummary;
import org.aashray.placements.admissions.MoveService;
import org.aashray.placements.admissions.Transfer;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.board.BedBoardService;

/** Move a resident to another bed of this home, or transfer her to another home (a reason is required). */
class MoveDialog extends Dialog {

    final ComboBox<HomeSummary> home = new ComboBox<>();
    final ComboBox<BedBoard.Bed> bed = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextArea reason = new TextArea();
    final TextField orderNumber = new TextField();
    final DatePicker orderDate = new DatePicker();
    final Button save = new Button();

    MoveDialog(MoveService moves, BedBoardService boards, List<HomeSummary> homes, HomeSummary current,
               BedBoard board, BedBoard.Bed occupied, Runnable onDone) {
        setHeaderTitle(getTranslation("placements.move.title", occupied.who()));
        setId("move-dialog");
        home.setLabel(getTranslation("placements.move.home"));
        home.setItems(homes);
        home.setItemLabelGenerator(h -> h.name() + " (" + h.code() + ")");
        home.setId("move-home");
        bed.setLabel(getTranslation("placements.bed"));
        bed.setItemLabelGenerator(b -> b.roomName() + " · " + b.label());
        bed.setId("move-bed");
        home.addValueChangeListener(e -> {
            bed.clear();
            bed.setItems(e.getValue() == null ? List.of() : boards.freeBeds(e.getValue().id()));
            boolean other = e.getValue() != null && e.getValue().id() != current.id();
            reason.setRequired(other);
            orderNumber.setVisible(other);
            orderDate.setVisible(other);
        });
        DateFormats.apply(date);
        DateFormats.apply(orderDate);
        date.setLabel(getTranslation("placements.move.date"));
        date.setValue(board.today());
        date.setMax(board.today());
        date.setId("move-date");
        reason.setLabel(getTranslation("placements.move.reason"));
        reason.setHelperText(getTranslation("placements.move.reasonHelp"));
        reason.setId("move-reason");
        orderNumber.setLabel(getTranslation("placements.orderNumber"));
        orderDate.setLabel(getTranslation("placements.orderDate"));
        orderDate.setMax(board.today());
        reason.setMaxLength(500); // placements.end_reason / basis_reason
        orderNumber.setMaxLength(60);
        home.setValue(current);
        FormLayout form = new FormLayout(home, bed, date, orderNumber, orderDate, reason);
        form.setColspan(reason, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("bed", bed, "date", date, "reason", reason, "orderNumber", orderNumber,
                "orderDate", orderDate, "resident", home);
        save.setText(getTranslation("placements.move.save"));
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Runnable staleBoard = () -> {
            close();
            onDone.run();
        };
        save.addClickListener(e -> {
            if (bed.isEmpty()) {
                FieldErrors.show(this, new ValidationException("bed", "validation.required"), fields);
                return;
            }
            SaveAction.of(this, fields).closing(this).then(onDone)
                    .success("placements.move.done", occupied.who(), home.getValue().code() + " · " + bed.getValue().roomName()
                            + " · " + bed.getValue().label())
                    .reloading(staleBoard).run(() -> moves.move(new Transfer(occupied.residentId(),
                            occupied.placementId(), occupied.placementVersion(), bed.getValue().bedId(), date.getValue(),
                            reason.getValue(), orderNumber.getValue(), orderDate.getValue())));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
