package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.board.BedBoard;
import org.aashray.placements.transfers.TransferService;

/** The receiving home takes her in today, in one of its free beds; her stay in the sending home ends. */
class AcceptTransferDialog extends Dialog {

    final ComboBox<BedBoard.Bed> bed = new ComboBox<>();
    final Button save = new Button();

    AcceptTransferDialog(TransferService transfers, List<BedBoard.Bed> freeBeds, TransferRecord t, Runnable onDone) {
        setHeaderTitle(getTranslation("placements.transfer.accept.title", t.caseNumber()));
        setId("accept-transfer-dialog");
        bed.setLabel(getTranslation("placements.bed"));
        bed.setItems(freeBeds);
        bed.setItemLabelGenerator(b -> b.roomName() + " · " + b.label());
        bed.setRequired(true);
        bed.setId("accept-bed");
        add(new Paragraph(getTranslation("placements.transfer.accept.help", t.fromHome())), bed);
        Map<String, HasValidation> fields = Map.of("bed", bed);
        save.setText(getTranslation("placements.transfer.accept"));
        save.setId("accept-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Runnable stale = () -> {
            close();
            onDone.run();
        };
        save.addClickListener(e -> {
            if (bed.isEmpty()) {
                FieldErrors.show(this, new ValidationException("bed", "validation.required"), fields);
                return;
            }
            SaveAction.of(this, fields).closing(this).then(onDone).reloading(stale).concurrent("placements.transfer.concurrent")
                    .success("placements.transfer.accepted", t.caseNumber(), bed.getValue().roomName() + " · " + bed.getValue().label())
                    .run(() -> transfers.accept(t.id(), t.version(), bed.getValue().bedId()));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
