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
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeDetails;
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
    final ComboBox<DistrictSummary> district = new ComboBox<>();
    final Select<HomeType> type = new Select<>();
    final Select<ServedGroup> serves = new Select<>();
    final TextArea address = new TextArea();
    final TextField licenceNumber = new TextField();
    final DatePicker licenceExpiry = new DatePicker();
    final TextField contactPerson = new TextField();
    final TextField contactPhone = new TextField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final Binder<HomeDetails> binder = new Binder<>(HomeDetails.class);

    HomeForm(HomeService homes, HomeDetails home, Runnable afterSave) {
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
        district.setItemLabelGenerator(DistrictSummary::name);
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
        DateFormats.apply(licenceExpiry);
        contactPerson.setLabel(getTranslation("homes.contactPerson"));
        contactPhone.setLabel(getTranslation("homes.contactPhone"));
        contactPhone.setId("home-contact-phone");
        active.setLabel(getTranslation("homes.active"));

        binder.forField(name).bind(HomeDetails::getName, HomeDetails::setName);
        binder.forField(code).withNullRepresentation("").withConverter(s -> s == null ? null : s.trim().toUpperCase(), s -> s)
                .bind(HomeDetails::getCode, HomeDetails::setCode);
        binder.forField(district).bind(HomeDetails::getDistrict, HomeDetails::setDistrict);
        binder.forField(type).bind(HomeDetails::getType, HomeDetails::setType);
        binder.forField(serves).bind(HomeDetails::getServes, HomeDetails::setServes);
        binder.forField(address).bind(HomeDetails::getAddress, HomeDetails::setAddress);
        binder.forField(licenceNumber).bind(HomeDetails::getLicenceNumber, HomeDetails::setLicenceNumber);
        binder.forField(licenceExpiry).bind(HomeDetails::getLicenceExpiry, HomeDetails::setLicenceExpiry);
        binder.forField(contactPerson).bind(HomeDetails::getContactPerson, HomeDetails::setContactPerson);
        binder.forField(contactPhone).bind(HomeDetails::getContactPhone, HomeDetails::setContactPhone);
        binder.forField(active).bind(HomeDetails::isActive, HomeDetails::setActive);
        binder.setBean(home);

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
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(afterSave)
                .run(() -> homes.save(binder.getBean())));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        name.focus();
    }
}
