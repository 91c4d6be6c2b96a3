package org.aashray.homes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.HomeService;

/** Add a district. */
class DistrictDialog extends Dialog {

    DistrictDialog(HomeService homes, Runnable afterSave) {
        setHeaderTitle(getTranslation("districts.new"));
        TextField code = new TextField(getTranslation("districts.code"));
        code.setHelperText(getTranslation("districts.codeHelp"));
        TextField name = new TextField(getTranslation("districts.name"));
        TextField state = new TextField(getTranslation("districts.state"));
        // as wide as districts' columns; HomeService gives the message if more arrives
        code.setMaxLength(10);
        name.setMaxLength(120);
        state.setMaxLength(80);
        add(new FormLayout(code, name, state));
        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "state", state);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields).closing(this).then(afterSave)
                .run(() -> homes.addDistrict(code.getValue().trim().toUpperCase(), name.getValue().trim(), state.getValue().trim())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        code.focus();
    }
}
