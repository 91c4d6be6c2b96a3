package org.aashray.staff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.StaffAccount;
import org.aashray.security.UserAdminService;

/** Create or edit one staff account. Every rejected value is shown next to its field. */
class UserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final MultiSelectComboBox<HomeSummary> homes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<DistrictSummary> districts = new MultiSelectComboBox<>();
    final Select<String> language = new Select<>();
    final PasswordField password = new PasswordField();
    final Button save = new Button();

    UserDialog(UserAdminService users, HomeService homeService, StaffAccount existing, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("min(40rem, 95vw)");
        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        username.setHelperText(getTranslation("users.usernameHelp"));
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        displayName.setMaxLength(120);
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setHelperText(getTranslation("users.rolesHelp"));
        roles.setId("user-roles");
        homes.setLabel(getTranslation("users.homes"));
        homes.setItems(homeService.accessibleHomes());
        homes.setItemLabelGenerator(HomeSummary::name);
        districts.setLabel(getTranslation("users.districts"));
        districts.setItems(homeService.districts());
        districts.setItemLabelGenerator(DistrictSummary::name);
        language.setLabel(getTranslation("users.language"));
        language.setItems("en", "hi");
        language.setItemLabelGenerator(l -> l.equals("hi") ? "हिन्दी" : "English");
        language.setValue("en");
        password.setLabel(getTranslation(existing == null ? "users.temporaryPassword" : "users.newTemporaryPassword"));
        password.setHelperText(getTranslation("password.rules"));
        password.setId("user-password");

        FormLayout form = new FormLayout(username, displayName, roles, homes, districts, language, password);
        form.setColspan(roles, 2);
        add(form);

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("roles", roles);
        fields.put("homeIds", homes);
        fields.put("districtIds", districts);
        fields.put("password", password);

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            roles.setValue(existing.roles());
            homes.setValue(homeService.accessibleHomes().stream().filter(h -> existing.homeIds().contains(h.id()))
                    .collect(Collectors.toSet()));
            districts.setValue(homeService.districts().stream().filter(d -> existing.districtIds().contains(d.id()))
                    .collect(Collectors.toSet()));
            language.setValue(existing.language());
        }

        save.setText(getTranslation("common.save"));
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Set<Long> homeIds = homes.getValue().stream().map(HomeSummary::id).collect(Collectors.toSet());
            Set<Long> districtIds = districts.getValue().stream().map(DistrictSummary::id).collect(Collectors.toSet());
            SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> {
                if (existing == null) {
                    users.create(new NewStaffAccount(username.getValue(), displayName.getValue(), roles.getValue(),
                            homeIds, districtIds, language.getValue(), password.getValue()));
                } else {
                    users.update(new StaffAccount(existing.id(), existing.username(), displayName.getValue(),
                            roles.getValue(), homeIds, districtIds, existing.active(), existing.lockedUntil(),
                            language.getValue(), existing.version()));
                    if (!password.isEmpty()) {
                        users.resetPassword(existing.id(), password.getValue());
                    }
                }
            });
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        (existing == null ? username : displayName).focus();
    }
}
