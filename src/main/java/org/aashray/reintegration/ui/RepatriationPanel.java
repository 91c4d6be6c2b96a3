package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.repatriation.Country;
import org.aashray.reintegration.repatriation.Repatriation;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.repatriation.RepatriationStatus;

/** The repatriation process to Nepal or Bangladesh, step by step. */
class RepatriationPanel extends VerticalLayout {

    RepatriationPanel(RepatriationService service, long residentId, boolean careManager) {
        setPadding(false);
        render(service, residentId, careManager);
    }

    private void render(RepatriationService service, long residentId, boolean careManager) {
        removeAll();
        List<Repatriation> all = service.ofResident(residentId);
        Repatriation open = all.stream().filter(r -> r.getStatus() == RepatriationStatus.OPEN).findFirst().orElse(null);
        all.stream().filter(r -> r.getStatus() != RepatriationStatus.OPEN).forEach(r -> add(new Span(
                Labels.of(this, r.getCountry()) + ": " + Labels.of(this, r.getStatus()) + " " + DateFormats.date(r.getHandoverDate())
                        + " " + (r.getHandoverPlace() == null ? "" : r.getHandoverPlace()))));
        if (open == null) {
            if (!careManager) {
                if (all.isEmpty()) add(new Span(getTranslation("reintegration.repatriation.none")));
                return;
            }
            Select<Country> country = new Select<>();
            country.setItems(Country.values());
            country.setItemLabelGenerator(c -> Labels.of(this, c));
            country.setLabel(getTranslation("reintegration.repatriation.country"));
            Button start = new Button(getTranslation("reintegration.repatriation.start"), e -> SaveAction.of(this,
                    Map.of("country", country)).success(null).then(() -> render(service, residentId, careManager))
                    .run(() -> service.start(residentId, country.getValue())));
            HorizontalLayout line = new HorizontalLayout(country, start);
            line.setAlignItems(Alignment.BASELINE);
            add(new Span(getTranslation("reintegration.repatriation.none")), line);
            return;
        }
        add(new Span(getTranslation("reintegration.repatriation.to", Labels.of(this, open.getCountry()))));
        Binder<Repatriation> binder = new Binder<>(Repatriation.class);
        Map<String, HasValidation> fields = new HashMap<>();
        FormLayout form = new FormLayout();
        date(binder, form, fields, "nationalityRequestedOn", Repatriation::getNationalityRequestedOn, Repatriation::setNationalityRequestedOn);
        date(binder, form, fields, "nationalityReceivedOn", Repatriation::getNationalityReceivedOn, Repatriation::setNationalityReceivedOn);
        text(binder, form, fields, "permitNumber", 60, Repatriation::getPermitNumber, Repatriation::setPermitNumber);
        date(binder, form, fields, "permitIssuedOn", Repatriation::getPermitIssuedOn, Repatriation::setPermitIssuedOn);
        date(binder, form, fields, "permitExpiresOn", Repatriation::getPermitExpiresOn, Repatriation::setPermitExpiresOn);
        text(binder, form, fields, "escort", 200, Repatriation::getEscort, Repatriation::setEscort);
        date(binder, form, fields, "handoverDate", Repatriation::getHandoverDate, Repatriation::setHandoverDate);
        text(binder, form, fields, "handoverPlace", 200, Repatriation::getHandoverPlace, Repatriation::setHandoverPlace);
        text(binder, form, fields, "receivingOrganisation", 200, Repatriation::getReceivingOrganisation, Repatriation::setReceivingOrganisation);
        text(binder, form, fields, "note", 500, Repatriation::getNote, Repatriation::setNote);
        binder.setBean(open);
        binder.setReadOnly(!careManager);
        add(form);
        if (careManager) {
            Button save = new Button(getTranslation("common.save"), e -> save(service, residentId, open, false, fields));
            save.setId("repatriation-save");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            // completing records her exit: the bed is freed and the follow-ups begin
            Button complete = new Button(getTranslation("reintegration.repatriation.complete"), e -> ConfirmAction.ask(
                    getTranslation("reintegration.repatriation.complete"), getTranslation("reintegration.repatriation.completeConfirm"),
                    getTranslation("reintegration.repatriation.complete"), getTranslation("common.cancel"),
                    () -> save(service, residentId, open, true, fields)));
            complete.setId("repatriation-complete");
            add(new HorizontalLayout(save, complete));
        }
    }

    private void save(RepatriationService service, long residentId, Repatriation edited, boolean complete, Map<String, HasValidation> fields) {
        SaveAction.of(this, fields).then(() -> render(service, residentId, true))
                .run(() -> service.save(edited.getId(), edited, complete));
    }

    private void date(Binder<Repatriation> binder, FormLayout form, Map<String, HasValidation> fields, String key,
                      com.vaadin.flow.function.ValueProvider<Repatriation, java.time.LocalDate> get,
                      com.vaadin.flow.data.binder.Setter<Repatriation, java.time.LocalDate> set) {
        DatePicker field = DateFormats.apply(new DatePicker(getTranslation("reintegration.repatriation." + key)));
        field.setId("repatriation-" + key);
        binder.forField(field).bind(get, set);
        fields.put(key, field);
        form.add(field);
    }

    /** A text as wide as its column of reint_repatriations ({@code max}); the service says so if more arrives. */
    private void text(Binder<Repatriation> binder, FormLayout form, Map<String, HasValidation> fields, String key, int max,
                      com.vaadin.flow.function.ValueProvider<Repatriation, String> get,
                      com.vaadin.flow.data.binder.Setter<Repatriation, String> set) {
        TextField field = new TextField(getTranslation("reintegration.repatriation." + key));
        field.setId("repatriation-" + key);
        field.setMaxLength(max);
        binder.forField(field).bind(get, set);
        fields.put(key, field);
        form.add(field);
    }
}
