package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.casework.FamilyContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.internal.Resident;

/** Identity (native place, address, identification marks) and the family contacts she names. */
class IdentityTab extends VerticalLayout {

    final Grid<FamilyContact> contacts = new Grid<>();

    IdentityTab(ResidentProfileView view, ResidentContactService contactService, Resident r) {
        setPadding(false);
        add(new Facts().add(getTranslation("residents.name"), r.getName())
                .add(getTranslation("residents.alias"), r.getAlias())
                .add(getTranslation("residents.birthDate"), DateFormats.date(r.getBirthDate())
                        + (r.isBirthDateExact() ? "" : " " + getTranslation("residents.approximate")))
                .add(getTranslation("residents.nativePlace"), r.getNativePlace())
                .add(getTranslation("residents.address"), r.getAddress())
                .add(getTranslation("residents.identificationMarks"), r.getIdentificationMarks()));
        add(new H3(getTranslation("residents.contacts")));
        contacts.addColumn(FamilyContact::getName).setHeader(getTranslation("residents.contact.name"));
        contacts.addColumn(FamilyContact::getRelation).setHeader(getTranslation("residents.contact.relation"));
        contacts.addColumn(FamilyContact::getPhone).setHeader(getTranslation("residents.contact.phone"));
        contacts.addColumn(FamilyContact::getAddress).setHeader(getTranslation("residents.address"));
        contacts.setAllRowsVisible(true);
        contacts.setEmptyStateText(getTranslation("residents.contacts.empty"));
        Runnable refresh = () -> contacts.setItems(contactService.contacts(r.getId()));
        refresh.run();
        if (view.mayDoCasework()) {
            contacts.addComponentColumn(c -> new Button(getTranslation("residents.remove"), e -> {
                contactService.removeContact(c.getId());
                refresh.run();
            })).setAutoWidth(true);
            TextField name = new TextField(getTranslation("residents.contact.name"));
            TextField relation = new TextField(getTranslation("residents.contact.relation"));
            TextField phone = new TextField(getTranslation("residents.contact.phone"));
            TextField address = new TextField(getTranslation("residents.address"));
            name.setMaxLength(120);
            relation.setMaxLength(60);
            phone.setMaxLength(20);
            address.setMaxLength(300);
            Map<String, HasValidation> fields = Map.of("name", name, "relation", relation, "phone", phone, "address", address);
            Button add = new Button(getTranslation("residents.contacts.add"), e -> {
                FamilyContact c = new FamilyContact();
                c.setName(name.getValue());
                c.setRelation(relation.getValue());
                c.setPhone(phone.getValue());
                c.setAddress(address.getValue());
                SaveAction.of(this, fields).success(null).then(() -> {
                    name.clear();
                    relation.clear();
                    phone.clear();
                    address.clear();
                    refresh.run();
                }).run(() -> contactService.addContact(r.getId(), c));
            });
            add.addThemeVariants(ButtonVariant.PRIMARY);
            HorizontalLayout form = new HorizontalLayout(name, relation, phone, address, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(contacts, form);
        } else {
            add(contacts);
        }
    }
}
