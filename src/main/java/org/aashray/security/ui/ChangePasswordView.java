package org.aashray.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.SaveAction;
import org.aashray.security.AccountSelfService;

/** Choose a new password; required before anything else after a one-time or reset password. */
@Route("change-password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(AccountSelfService accounts) {
        setMaxWidth("32rem");
        boolean forced = accounts.mustChangePassword();
        add(new H2(getTranslation("password.title")));
        if (forced) {
            Paragraph why = new Paragraph(getTranslation("password.mustChange"));
            why.addClassName("callout");
            add(why);
        }
        current.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rules"));
        repeat.setLabel(getTranslation("password.repeat"));
        current.setId("current-password");
        newPassword.setId("new-password");
        repeat.setId("repeat-password");
        current.setRequiredIndicatorVisible(true);
        newPassword.setRequiredIndicatorVisible(true);
        repeat.setRequiredIndicatorVisible(true);
        save.setText(getTranslation("password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", newPassword, "repeat", repeat);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            SaveAction.of(this, fields).success("password.changed").then(() -> getUI().ifPresent(ui -> ui.navigate("")))
                    .run(() -> accounts.changePassword(current.getValue(), newPassword.getValue()));
        });
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
        current.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
