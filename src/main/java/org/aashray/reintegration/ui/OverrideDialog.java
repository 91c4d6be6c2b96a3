package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.readiness.ReadinessService;

/** The care manager lets the next "restored to family" pass although she is not ready, with a reason (audited). */
class OverrideDialog extends Dialog {

    OverrideDialog(ReadinessService readiness, long residentId, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.override.title"));
        TextArea reason = new TextArea(getTranslation("reintegration.override.reason"));
        reason.setWidthFull();
        reason.setId("override-reason");
        reason.setMaxLength(1000); // reint_overrides.reason
        add(new Paragraph(getTranslation("reintegration.override.explain")), reason);
        Button save = new Button(getTranslation("reintegration.override.save"), e -> ConfirmAction.ask(
                getTranslation("reintegration.override.title"), getTranslation("reintegration.override.confirm"),
                getTranslation("reintegration.override.save"), getTranslation("common.cancel"),
                () -> SaveAction.of(this, Map.of("overrideReason", reason)).success(null).closing(this).then(onSaved)
                        .run(() -> readiness.override(residentId, reason.getValue()))));
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
