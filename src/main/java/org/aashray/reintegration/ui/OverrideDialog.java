package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.placements.ExitReason;
import org.aashray.reintegration.readiness.ReadinessService;

/**
 * The care manager lets her next exit of one gated kind pass although she is not ready for it, with a reason
 * (audited). {@code kinds}: those she is not ready for; the first is chosen.
 */
class OverrideDialog extends Dialog {

    OverrideDialog(ReadinessService readiness, long residentId, List<ExitReason> kinds, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.override.title"));
        Select<ExitReason> kind = new Select<>();
        kind.setLabel(getTranslation("reintegration.override.kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(kinds.getFirst());
        kind.setReadOnly(kinds.size() == 1);
        kind.setId("override-kind");
        TextArea reason = new TextArea(getTranslation("reintegration.override.reason"));
        reason.setWidthFull();
        reason.setId("override-reason");
        reason.setMaxLength(1000); // reint_overrides.reason
        add(new Paragraph(getTranslation("reintegration.override.explainKind")), kind, reason);
        Button save = new Button(getTranslation("reintegration.override.save"), e -> ConfirmAction.ask(
                getTranslation("reintegration.override.title"),
                getTranslation("reintegration.override.confirmKind", Labels.of(this, kind.getValue())),
                getTranslation("reintegration.override.save"), getTranslation("common.cancel"),
                () -> SaveAction.of(this, Map.of("overrideKind", kind, "overrideReason", reason)).success(null).closing(this)
                        .then(onSaved).run(() -> readiness.override(residentId, kind.getValue(), reason.getValue()))));
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
