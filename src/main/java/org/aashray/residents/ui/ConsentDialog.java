package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.casework.Consent;
import org.aashray.residents.casework.ResidentConsentService;

/** Records what was explained to the resident, in which language, what she agreed to and who witnessed it. */
class ConsentDialog extends Dialog {

    final TextArea explained = new TextArea();
    final TextField language = new TextField();
    final Checkbox data = new Checkbox();
    final Checkbox counselling = new Checkbox();
    final Checkbox medical = new Checkbox();
    final Checkbox photo = new Checkbox();
    final TextField witness = new TextField();
    final Button save = new Button();

    ConsentDialog(ResidentConsentService consents, long residentId, Runnable afterSave) {
        setHeaderTitle(getTranslation("residents.consent.record"));
        setWidth("min(40rem, 95vw)");
        explained.setLabel(getTranslation("residents.consent.explained"));
        explained.setValue(getTranslation("residents.consent.explainedDefault"));
        explained.setMaxLength(1000);
        explained.setId("consent-explained");
        language.setLabel(getTranslation("residents.consent.language"));
        language.setMaxLength(60);
        language.setId("consent-language");
        data.setLabel(getTranslation("residents.consent.data"));
        data.setId("consent-data");
        counselling.setLabel(getTranslation("residents.consent.counselling"));
        medical.setLabel(getTranslation("residents.consent.medical"));
        photo.setLabel(getTranslation("residents.consent.photo"));
        witness.setLabel(getTranslation("residents.consent.witness"));
        witness.setMaxLength(120);
        witness.setId("consent-witness");
        FormLayout form = new FormLayout(explained, language, witness, data, counselling, medical, photo);
        form.setColspan(explained, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("explained", explained, "language", language, "witness", witness);
        save.setText(getTranslation("common.save"));
        save.setId("save-consent");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Consent c = new Consent();
            c.setExplained(explained.getValue());
            c.setLanguage(language.getValue());
            c.setWitness(witness.getValue());
            c.setAgreesData(data.getValue());
            c.setAgreesCounselling(counselling.getValue());
            c.setAgreesMedical(medical.getValue());
            c.setAgreesPhoto(photo.getValue());
            SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> consents.recordConsent(residentId, c));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        language.focus();
    }
}
