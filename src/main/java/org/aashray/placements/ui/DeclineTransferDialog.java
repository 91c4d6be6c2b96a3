package org.aashray.placements.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.TransferRecord;
import org.aashray.placements.transfers.TransferService;

/** The receiving home says no, and why: the sending home reads the reason next to its request. */
class DeclineTransferDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button save = new Button();

    DeclineTransferDialog(TransferService transfers, TransferRecord t, Runnable onDone) {
        setHeaderTitle(getTranslation("placements.transfer.decline.title", t.caseNumber()));
        setId("decline-transfer-dialog");
        reason.setLabel(getTranslation("placements.transfer.declineReason"));
        reason.setRequired(true);
        reason.setMaxLength(500); // placement_transfers.decline_reason
        reason.setWidthFull();
        reason.setId("decline-reason");
        add(reason);
        Map<String, HasValidation> fields = Map.of("declineReason", reason);
        save.setText(getTranslation("placements.transfer.decline"));
        save.setId("decline-save");
        Runnable stale = () -> {
            close();
            onDone.run();
        };
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(onDone).reloading(stale)
                .concurrent("placements.transfer.concurrent").success("placements.transfer.declined", t.caseNumber())
                .run(() -> transfers.decline(t.id(), t.version(), reason.getValue())));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
