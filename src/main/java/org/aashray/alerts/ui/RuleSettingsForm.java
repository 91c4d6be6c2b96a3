package org.aashray.alerts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.alerts.settings.AlertSettingsService;
import org.aashray.alerts.settings.RuleSettings;
import org.aashray.base.ui.SaveAction;

/** Edit one rule's settings; the service checks them (positive days, a valid Quartz cron) field by field. */
class RuleSettingsForm extends Dialog {

    final Checkbox enabled = new Checkbox();
    final IntegerField leadDays = new IntegerField();
    final IntegerField careManagerAfterDays = new IntegerField();
    final IntegerField officialAfterDays = new IntegerField();
    final TextField cron = new TextField();
    final Button save = new Button();

    RuleSettingsForm(AlertSettingsService settings, RuleSettings rule, Runnable afterSave) {
        setHeaderTitle(getTranslation(rule.titleKey()));
        setId("rule-settings-form");
        enabled.setLabel(getTranslation("alerts.settings.enabled"));
        enabled.setValue(rule.enabled());
        leadDays.setLabel(getTranslation("alerts.settings.leadDays"));
        leadDays.setId("rule-lead-days");
        leadDays.setValue(rule.leadDays());
        careManagerAfterDays.setLabel(getTranslation("alerts.settings.careManagerAfterDays"));
        careManagerAfterDays.setId("rule-care-manager-days");
        careManagerAfterDays.setValue(rule.careManagerAfterDays());
        officialAfterDays.setLabel(getTranslation("alerts.settings.officialAfterDays"));
        officialAfterDays.setId("rule-official-days");
        officialAfterDays.setValue(rule.officialAfterDays());
        cron.setLabel(getTranslation("alerts.settings.cron"));
        cron.setId("rule-cron");
        cron.setMaxLength(120); // alert_rule_settings.cron
        cron.setHelperText(getTranslation("alerts.settings.cronHelp"));
        cron.setValue(rule.cron());
        add(new FormLayout(enabled, leadDays, careManagerAfterDays, officialAfterDays, cron));

        Map<String, HasValidation> fields = Map.of("leadDays", leadDays, "careManagerAfterDays", careManagerAfterDays,
                "officialAfterDays", officialAfterDays, "cron", cron);
        save.setText(getTranslation("common.save"));
        save.setId("save-rule");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(afterSave)
                .run(() -> settings.save(rule.withValues(enabled.getValue(), orZero(leadDays), orZero(careManagerAfterDays),
                        orZero(officialAfterDays), cron.getValue()))));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
