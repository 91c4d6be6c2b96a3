package org.aashray.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before a destructive or far-reaching action; Escape or Cancel leaves everything as it was. */
public final class ConfirmAction {

    private ConfirmAction() {
    }

    public static Dialog ask(String title, String question, String confirmLabel, String cancelLabel, Runnable onConfirm) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(question));
        Button confirm = new Button(confirmLabel, e -> {
            dialog.close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setId("confirm-action");
        Button cancel = new Button(cancelLabel, e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        cancel.focus();
        return dialog;
    }
}
