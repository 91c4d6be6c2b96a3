package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
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

/**
 * Move a resident to another bed of this home. Another home takes her in only by accepting a transfer request
 * ({@link TransferRequestDialog}), so nobody needs an account in both homes.
 */
class MoveDialog extends Dialog {

    final ComboBox<BedBoard.Bed> bed = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    MoveDialog(MoveService moves, BedBoardService boards, HomeSummary home, BedBoard board, BedBoard.Bed occupied,
               Runnable onDone) {
        setHeaderTitle(getTranslation("placements.move.title", occupied.who()));
        setId("move-dialog");
        bed.setLabel(getTranslation("placements.bed"));
        bed.setItemLabelGenerator(b -> b.roomName() + " · " + b.label());
        bed.setItems(boards.freeBeds(home.id()));
        bed.setId("move-bed");
        DateFormats.apply(date);
        date.setLabel(getTranslation("placements.move.date"));
        date.setValue(board.today());
        date.setMax(board.today());
        date.setId("move-date");
        reason.setLabel(getTranslation("placements.move.reason"));
        reason.setId("move-reason");
        reason.setMaxLength(500); // placements.end_reason
        FormLayout form = new FormLayout(bed, date, reason);
        form.setColspan(reason, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("bed", bed, "date", date, "reason", reason);
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
                    .success("placements.move.done", occupied.who(), bed.getValue().roomName() + " · " + bed.getValue().label())
                    .reloading(staleBoard).run(() -> moves.move(new Transfer(occupied.residentId(),
                            occupied.placementId(), occupied.placementVersion(), bed.getValue().bedId(), date.getValue(),
                            reason.getValue(), null, null)));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
