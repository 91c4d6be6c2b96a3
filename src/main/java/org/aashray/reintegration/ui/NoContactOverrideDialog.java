package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;

/** The care manager lets the next save of one step through although it matches her no-contact list, with a reason. */
class NoContactOverrideDialog extends Dialog {

    NoContactOverrideDialog(Consumer<String> override, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.noContact.overrideTitle"));
        TextArea reason = new TextArea(getTranslation("reintegration.override.reason"));
        reason.setWidthFull();
        reason.setId("no-contact-override-reason");
        reason.setMaxLength(1000); // reint_no_contact_overrides.reason
        add(new Paragraph(getTranslation("reintegration.noContact.overrideExplain")), reason);
        Button save = new Button(getTranslation("reintegration.override.save"), e -> ConfirmAction.ask(
                getTranslation("reintegration.noContact.overrideTitle"), getTranslation("reintegration.noContact.overrideConfirm"),
                getTranslation("reintegration.override.save"), getTranslation("common.cancel"),
                () -> SaveAction.of(this, Map.of("overrideReason", reason)).success(null).closing(this).then(onSaved)
                        .run(() -> override.accept(reason.getValue()))));
        save.setId("no-contact-override-save");
        save.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
