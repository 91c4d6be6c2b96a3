package org.aashray.homes.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.homes.District;
import org.aashray.homes.Home;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeType;
import org.aashray.homes.ServedGroup;

/**
 * Create or edit a home. The service checks every rule (a unique code, its letter matching the type, a
 * licence expiry with a licence number) and each message appears next to its field.
 */
class HomeForm extends Dialog {

    final TextField name = new TextField();
    final TextField code = new TextField();
    final ComboBox<District> district = new ComboBox<>();
    final Select<HomeType> type = new Select<>();
    final Select<ServedGroup> serves = new Select<>();
    final TextArea address = new TextArea();
    final TextField licenceNumber = new TextField();
    final DatePicker licenceExpiry = new DatePicker();
    final TextField contactPerson = new TextField();
    final TextField contactPhone = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final Binder<Home> binder = new Binder<>(Home.class);

    HomeForm(HomeService homes, Home home, Runnable afterSave) {
        setHeaderTitle(getTranslation(home.getId() == null ? "homes.new" : "homes.edit"));
        setWidth("min(44rem, 95vw)");
        name.setLabel(getTranslation("homes.name"));
        name.setId("home-name");
        name.setMaxLength(160);
        code.setLabel(getTranslation("homes.code"));
        code.setId("home-code");
        code.setHelperText(getTranslation("homes.codeHelp"));
        district.setLabel(getTranslation("homes.district"));
        district.setId("home-district");
        district.setItems(homes.districts());
        district.setItemLabelGenerator(District::getName);
        type.setLabel(getTranslation("homes.type"));
        type.setId("home-type");
        type.setItems(HomeType.values());
        type.setItemLabelGenerator(t -> getTranslation("homeType." + t));
        serves.setLabel(getTranslation("homes.serves"));
        serves.setId("home-serves");
        serves.setItems(ServedGroup.values());
        serves.setItemLabelGenerator(s -> getTranslation("served." + s));
        address.setLabel(getTranslation("homes.address"));
        address.setId("home-address");
        address.setMaxLength(500);
        licenceNumber.setLabel(getTranslation("homes.licenceNumber"));
        licenceExpiry.setLabel(getTranslation("homes.licenceExpiry"));
        licenceExpiry.setId("home-licence-expiry");
        contactPerson.setLabel(getTranslation("homes.contactPerson"));
        contactPhone.setLabel(getTranslation("homes.contactPhone"));
        contactPhone.setId("home-contact-phone");
        active.setLabel(getTranslation("homes.active"));

        binder.forField(name).bind(Home::getName, Home::setName);
        binder.forField(code).withNullRepresentation("").withConverter(s -> s == null ? null : s.trim().toUpperCase(), s -> s)
                .bind(Home::getCode, Home::setCode);
        binder.forField(district).bind(Home::getDistrict, Home::setDistrict);
        binder.forField(type).bind(Home::getType, Home::setType);
        binder.forField(serves).bind(Home::getServes, Home::setServes);
        binder.forField(address).bind(Home::getAddress, Home::setAddress);
        binder.forField(licenceNumber).bind(Home::getLicenceNumber, Home::setLicenceNumber);
        binder.forField(licenceExpiry).bind(Home::getLicenceExpiry, Home::setLicenceExpiry);
        binder.forField(contactPerson).bind(Home::getContactPerson, Home::setContactPerson);
        binder.forField(contactPhone).bind(Home::getContactPhone, Home::setContactPhone);
        binder.forField(active).bind(Home::isActive, Home::setActive);
        binder.setBean(home);
        if (home.getDistrict() != null) {
            homes.districts().stream().filter(d -> d.getId().equals(home.getDistrict().getId())).findFirst()
                    .ifPresent(district::setValue);
        }

        FormLayout form = new FormLayout(name, code, district, type, serves, address, licenceNumber, licenceExpiry,
                contactPerson, contactPhone, active);
        form.setColspan(address, 2);
        add(form);

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("code", code);
        fields.put("district", district);
        fields.put("type", type);
        fields.put("serves", serves);
        fields.put("address", address);
        fields.put("licenceNumber", licenceNumber);
        fields.put("licenceExpiry", licenceExpiry);
        fields.put("contactPerson", contactPerson);
        fields.put("contactPhone", contactPhone);

        save.setText(getTranslation("common.save"));
        save.setId("save-home");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            try {
                homes.save(binder.getBean());
                Notifications.success(getTranslation("common.saved"));
                close();
                afterSave.run();
            } catch (ValidationException ex) {
                FieldErrors.show(this, ex, fields);
            } catch (ConcurrentEditException ex) {
                Notifications.error(getTranslation("common.concurrentEdit"));
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        name.focus();
    }
}
