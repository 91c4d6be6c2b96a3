package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpService;

/** The care manager records what was done about a follow-up's concern (e.g. re-referred to the AHTU or the CWC). */
class CloseConcernDialog extends Dialog {

    CloseConcernDialog(FollowUpService followUps, FollowUp f, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.concern.close"));
        TextArea outcome = new TextArea(getTranslation("reintegration.concern.outcome"));
        outcome.setWidthFull();
        outcome.setId("concern-outcome");
        outcome.setMaxLength(500); // reint_followups.concern_outcome
        add(outcome);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, Map.of("concernOutcome", outcome))
                .success(null).closing(this).then(onSaved)
                .run(() -> followUps.closeConcern(f.getId(), f.getVersion(), outcome.getValue())));
        save.setId("concern-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
