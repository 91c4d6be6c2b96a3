package org.aashray.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.training.EnrolmentService;
import org.aashray.training.TraineeRow;

/** Asks why a trainee leaves before she is taken off the batch (her seat goes to the first on the waitlist). */
class DropDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    DropDialog(EnrolmentService enrolments, TraineeRow trainee, Runnable afterSave) {
        setHeaderTitle(getTranslation("training.drop.title", trainee.residentName()));
        add(new Paragraph(getTranslation("training.drop.question")));
        reason.setLabel(getTranslation("training.drop.reason"));
        reason.setId("drop-reason");
        reason.setMaxLength(300);
        reason.setWidthFull();
        add(reason);
        confirm.setText(getTranslation("training.drop"));
        confirm.setId("confirm-drop");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(e -> {
            try {
                enrolments.drop(trainee.enrolmentId(), trainee.version(), reason.getValue());
                close();
                afterSave.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("reason", reason));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("common.concurrentEdit"));
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        reason.focus();
    }
}
