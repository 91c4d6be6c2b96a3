package org.aashray.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.medical.internal.MedicalText;

/** Records an admission health check as done, with its (encrypted) findings. */
class HealthCheckDialog extends Dialog {

    final TextArea findings = new TextArea();
    final Button save = new Button();

    HealthCheckDialog(HealthCheckService checks, HealthCheckSummary check, Runnable onSaved) {
        setId("health-check-dialog");
        setWidth("min(36rem, 96vw)");
        setHeaderTitle(getTranslation("medical.check.record", check.residentName()));
        findings.setLabel(getTranslation("medical.check.findings"));
        findings.setWidthFull();
        findings.setMinHeight("8rem");
        findings.setId("check-findings");
        findings.setMaxLength(MedicalText.MAX_LENGTH);
        add(findings);
        save.setText(getTranslation("medical.check.done"));
        save.setId("check-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, Map.of("findings", findings)).success("medical.saved")
                .concurrent("medical.concurrent").closing(this).then(onSaved)
                .run(() -> checks.recordHealthCheck(check.id(), check.version(), findings.getValue())));
        getFooter().add(new Button(getTranslation("medical.close"), e -> close()), save);
    }
}
