package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.followup.CloseReason;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpService;

/** Closes a follow-up that cannot be done (moved away, not reachable after the configured attempts). */
class CloseFollowUpDialog extends Dialog {

    CloseFollowUpDialog(FollowUpService followUps, FollowUp f, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.followup.close"));
        Select<CloseReason> reason = new Select<>();
        reason.setLabel(getTranslation("reintegration.followup.closeReason"));
        reason.setItems(CloseReason.values());
        reason.setItemLabelGenerator(r -> Labels.of(this, r));
        reason.setId("close-followup-reason");
        TextField note = new TextField(getTranslation("reintegration.followup.closeNote"));
        note.setId("close-followup-note");
        note.setMaxLength(500); // reint_followups.close_note
        add(new FormLayout(reason, note));
        Button save = new Button(getTranslation("reintegration.followup.close"), e -> ConfirmAction.ask(
                getTranslation("reintegration.followup.close"), getTranslation("reintegration.followup.closeConfirm"),
                getTranslation("reintegration.followup.close"), getTranslation("common.cancel"),
                () -> SaveAction.of(this, Map.of("closeReason", reason, "closeNote", note)).success(null).closing(this).then(onSaved)
                        .run(() -> followUps.close(f.getId(), f.getVersion(), reason.getValue(), note.getValue()))));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
