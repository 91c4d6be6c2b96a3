package org.aashray.residents.ui;

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
import org.aashray.residents.Gender;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.internal.Origins;
import org.aashray.residents.internal.ReferralSource;
import org.aashray.residents.internal.RescuePlace;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentService;

/** The full profile, filled in after intake. A save after someone else's save is refused with a clear message. */
class ProfileForm extends Dialog {

    final TextField name = new TextField();
    final TextField alias = new TextField();
    final DatePicker birthDate = DateFormats.apply(new DatePicker());
    final Checkbox birthDateExact = new Checkbox();
    final Select<Gender> gender = new Select<>();
    final TextField languages = new TextField();
    final Select<ReferralSource> referredBy = new Select<>();
    final TextField orderNumber = new TextField();
    final DatePicker orderDate = DateFormats.apply(new DatePicker());
    final DatePicker rescueDate = DateFormats.apply(new DatePicker());
    final Select<RescuePlace> rescuePlace = new Select<>();
    final Select<TraffickingForm> traffickingForm = new Select<>();
    final ComboBox<String> origin = new ComboBox<>();
    final TextField nativePlace = new TextField();
    final TextArea address = new TextArea();
    final TextField identificationMarks = new TextField();
    final Checkbox minor = new Checkbox();
    final Checkbox pregnant = new Checkbox();
    final Checkbox injuredOrIll = new Checkbox();
    final Checkbox withChildren = new Checkbox();
    final Checkbox securityThreat = new Checkbox();
    final Button save = new Button();

    ProfileForm(ResidentService residents, Resident resident, Runnable afterSave) {
        setHeaderTitle(getTranslation("residents.editProfile"));
        setWidth("min(52rem, 95vw)");
        Binder<Resident> binder = new Binder<>(Resident.class);
        Map<String, HasValidation> fields = new HashMap<>();
        label(fields, name, "name", "residents.name");
        label(fields, alias, "alias", "residents.alias");
        label(fields, birthDate, "birthDate", "residents.birthDate");
        birthDateExact.setLabel(getTranslation("residents.birthDateExact"));
        label(fields, gender, "gender", "residents.gender");
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(g -> Labels.label(this, g));
        label(fields, languages, "languages", "residents.languages");
        label(fields, referredBy, "referredBy", "residents.referredBy");
        referredBy.setItems(ReferralSource.values());
        referredBy.setItemLabelGenerator(v -> Labels.label(this, v));
        label(fields, orderNumber, "orderNumber", "residents.orderNumber");
        label(fields, orderDate, "orderDate", "residents.orderDate");
        label(fields, rescueDate, "rescueDate", "residents.rescueDate");
        label(fields, rescuePlace, "rescuePlace", "residents.rescuePlace");
        rescuePlace.setItems(RescuePlace.values());
        rescuePlace.setItemLabelGenerator(v -> Labels.label(this, v));
        label(fields, traffickingForm, "traffickingForm", "residents.form");
        traffickingForm.setItems(TraffickingForm.values());
        traffickingForm.setItemLabelGenerator(v -> Labels.label(this, v));
        label(fields, origin, "origin", "residents.origin");
        origin.setItems(Origins.ALL);
        origin.setItemLabelGenerator(o -> Labels.origin(this, o));
        label(fields, nativePlace, "nativePlace", "residents.nativePlace");
        label(fields, address, "address", "residents.address");
        label(fields, identificationMarks, "identificationMarks", "residents.identificationMarks");
        minor.setLabel(getTranslation("residents.flag.MINOR"));
        pregnant.setLabel(getTranslation("residents.flag.PREGNANT"));
        injuredOrIll.setLabel(getTranslation("residents.flag.INJURED_OR_ILL"));
        withChildren.setLabel(getTranslation("residents.flag.WITH_CHILDREN"));
        securityThreat.setLabel(getTranslation("residents.flag.SECURITY_THREAT"));

        binder.forField(name).bind(Resident::getName, Resident::setName);
        binder.forField(alias).bind(Resident::getAlias, Resident::setAlias);
        binder.forField(birthDate).bind(Resident::getBirthDate, Resident::setBirthDate);
        binder.forField(birthDateExact).bind(Resident::isBirthDateExact, Resident::setBirthDateExact);
        binder.forField(gender).bind(Resident::getGender, Resident::setGender);
        binder.forField(languages).bind(Resident::getLanguages, Resident::setLanguages);
        binder.forField(referredBy).bind(Resident::getReferredBy, Resident::setReferredBy);
        binder.forField(orderNumber).bind(Resident::getOrderNumber, Resident::setOrderNumber);
        binder.forField(orderDate).bind(Resident::getOrderDate, Resident::setOrderDate);
        binder.forField(rescueDate).bind(Resident::getRescueDate, Resident::setRescueDate);
        binder.forField(rescuePlace).bind(Resident::getRescuePlace, Resident::setRescuePlace);
        binder.forField(traffickingForm).bind(Resident::getTraffickingForm, Resident::setTraffickingForm);
        binder.forField(origin).bind(Resident::getOrigin, Resident::setOrigin);
        binder.forField(nativePlace).bind(Resident::getNativePlace, Resident::setNativePlace);
        binder.forField(address).bind(Resident::getAddress, Resident::setAddress);
        binder.forField(identificationMarks).bind(Resident::getIdentificationMarks, Resident::setIdentificationMarks);
        binder.forField(minor).bind(Resident::isMinor, Resident::setMinor);
        binder.forField(pregnant).bind(Resident::isPregnant, Resident::setPregnant);
        binder.forField(injuredOrIll).bind(Resident::isInjuredOrIll, Resident::setInjuredOrIll);
        binder.forField(withChildren).bind(Resident::isWithChildren, Resident::setWithChildren);
        binder.forField(securityThreat).bind(Resident::isSecurityThreat, Resident::setSecurityThreat);
        // edits go to the bean only on save, so a refused save leaves the profile behind the dialog untouched
        binder.readBean(resident);

        FormLayout form = new FormLayout(name, alias, birthDate, birthDateExact, gender, languages, origin, nativePlace,
                referredBy, orderNumber, orderDate, rescueDate, rescuePlace, traffickingForm, address, identificationMarks,
                minor, pregnant, injuredOrIll, withChildren, securityThreat);
        form.setColspan(address, 2);
        add(form);
        save.setText(getTranslation("common.save"));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> {
            binder.writeBeanAsDraft(resident, true);
            residents.save(resident);
        }));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        name.focus();
    }

    private void label(Map<String, HasValidation> fields, com.vaadin.flow.component.HasLabel field, String key, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        ((com.vaadin.flow.component.Component) field).setId("profile-" + key);
        fields.put(key, (HasValidation) field);
    }
}
