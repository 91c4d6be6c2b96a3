package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.visitors.Visit;
import org.aashray.residents.visitors.VisitorRegister;
import org.springframework.data.domain.PageRequest;

/** The resident's no-contact list (reception is warned when such a person visits) and her recent visitors. */
class VisitorsTab extends VerticalLayout {

    final Grid<NoContact> noContacts = new Grid<>();

    VisitorsTab(ResidentContactService contacts, VisitorRegister visitors, long residentId, boolean mayEdit) {
        setPadding(false);
        add(new H3(getTranslation("residents.noContact.title")), new Paragraph(getTranslation("residents.noContact.help")));
        noContacts.setId("no-contact-grid");
        noContacts.addColumn(NoContact::getPersonName).setHeader(getTranslation("residents.noContact.person"));
        noContacts.addColumn(NoContact::getPhone).setHeader(getTranslation("residents.contact.phone"));
        noContacts.addColumn(NoContact::getReason).setHeader(getTranslation("residents.noContact.reason"));
        noContacts.setAllRowsVisible(true);
        noContacts.setEmptyStateText(getTranslation("residents.noContact.empty"));
        Runnable refresh = () -> noContacts.setItems(contacts.noContacts(residentId));
        refresh.run();
        add(noContacts);
        if (mayEdit) {
            noContacts.addComponentColumn(n -> new Button(getTranslation("residents.remove"), e -> {
                contacts.removeNoContact(n.getId());
                refresh.run();
            })).setAutoWidth(true);
            TextField person = new TextField(getTranslation("residents.noContact.person"));
            person.setMaxLength(120);
            person.setId("no-contact-person");
            TextField phone = new TextField(getTranslation("residents.contact.phone"));
            phone.setMaxLength(20);
            TextField reason = new TextField(getTranslation("residents.noContact.reason"));
            reason.setMaxLength(300);
            Map<String, HasValidation> fields = Map.of("personName", person, "phone", phone, "reason", reason);
            Button addEntry = new Button(getTranslation("residents.noContact.add"), e -> {
                NoContact n = new NoContact();
                n.setPersonName(person.getValue());
                n.setPhone(phone.getValue());
                n.setReason(reason.getValue());
                SaveAction.of(this, fields).success(null).then(() -> {
                    person.clear();
                    phone.clear();
                    reason.clear();
                    refresh.run();
                }).run(() -> contacts.addNoContact(residentId, n));
            });
            addEntry.setId("add-no-contact");
            addEntry.addThemeVariants(ButtonVariant.PRIMARY);
            HorizontalLayout form = new HorizontalLayout(person, phone, reason, addEntry);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(form);
        }
        add(new H3(getTranslation("residents.visits.recent")));
        Grid<Visit> visits = new Grid<>();
        visits.addColumn(v -> DateFormats.dateTime(v.getTimeIn())).setHeader(getTranslation("residents.visit.timeIn"));
        visits.addColumn(Visit::getVisitorName).setHeader(getTranslation("residents.visit.visitor"));
        visits.addColumn(Visit::getRelation).setHeader(getTranslation("residents.visit.relation"));
        visits.addColumn(v -> Labels.label(this, v.getPurpose())).setHeader(getTranslation("residents.visit.purpose"));
        visits.addColumn(v -> v.isNoContactMatch() ? getTranslation("residents.visit.warned") : "")
                .setHeader(getTranslation("residents.visit.warning"));
        visits.setAllRowsVisible(true);
        visits.setEmptyStateText(getTranslation("residents.visits.empty"));
        visits.setItems(visitors.visitsOf(residentId, PageRequest.of(0, 20)));
        add(visits);
    }
}
