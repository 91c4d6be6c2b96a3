package org.aashray.reintegration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.reintegration.ExitInfo;
import org.aashray.reintegration.FollowUpService;

/** Who is responsible for her in the source area after she left: a partner organisation or a member of staff. */
class ResponsibleDialog extends Dialog {

    ResponsibleDialog(FollowUpService followUps, ExitInfo exit, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.followup.setResponsible"));
        TextField partner = new TextField(getTranslation("reintegration.followup.partner"));
        partner.setValue(exit.responsiblePartner() == null ? "" : exit.responsiblePartner());
        TextField user = new TextField(getTranslation("reintegration.followup.staff"));
        user.setValue(exit.responsibleUsername() == null ? "" : exit.responsibleUsername());
        add(new FormLayout(partner, user));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                followUps.setResponsible(exit.id(), exit.version(), partner.getValue(), user.getValue());
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("responsiblePartner", partner));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("common.concurrentEdit"));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
