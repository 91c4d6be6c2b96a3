package org.aashray.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.medical.HealthCheckSummary;
import org.aashray.medical.MedicalService;

/** Records an admission health check as done, with its (encrypted) findings. */
class HealthCheckDialog extends Dialog {

    final TextArea findings = new TextArea();
    final Button save = new Button();

    HealthCheckDialog(MedicalService medical, HealthCheckSummary check, Runnable onSaved) {
        setId("health-check-dialog");
        setWidth("min(36rem, 96vw)");
        setHeaderTitle(getTranslation("medical.check.record", check.residentName()));
        findings.setLabel(getTranslation("medical.check.findings"));
        findings.setWidthFull();
        findings.setMinHeight("8rem");
        findings.setId("check-findings");
        findings.setMaxLength(AppointmentDialog.MAX_TEXT);
        add(findings);
        save.setText(getTranslation("medical.check.done"));
        save.setId("check-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            try {
                medical.recordHealthCheck(check.id(), check.version(), findings.getValue());
                Notifications.success(getTranslation("medical.saved"));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, Map.of("findings", findings));
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("medical.concurrent"));
            }
        });
        getFooter().add(new Button(getTranslation("medical.close"), e -> close()), save);
    }
}
