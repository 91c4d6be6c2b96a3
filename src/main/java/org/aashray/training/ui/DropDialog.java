package org.aashray.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.TraineeRow;

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
        confirm.addClickListener(e -> SaveAction.of(this, Map.of("reason", reason)).success(null).closing(this).then(afterSave)
                .run(() -> enrolments.drop(trainee.enrolmentId(), trainee.version(), reason.getValue())));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        reason.focus();
    }
}
