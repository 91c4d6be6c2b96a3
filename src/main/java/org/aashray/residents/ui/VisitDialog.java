package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentPicker;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.visitors.Visit;
import org.aashray.residents.visitors.VisitPurpose;
import org.aashray.residents.visitors.VisitorRegister;

/**
 * Registers a visitor. As soon as the visitor's name or phone matches the resident's no-contact list a red
 * warning appears; if reception still registers the visit, it is recorded with the warning in the audit trail.
 */
class VisitDialog extends Dialog {

    final ComboBox<ResidentSummary> resident = new ComboBox<>();
    final TextField visitorName = new TextField();
    final TextField visitorPhone = new TextField();
    final TextField relation = new TextField();
    final TextField idSeen = new TextField();
    final Select<VisitPurpose> purpose = new Select<>();
    final TextField officerName = new TextField();
    final TextField policeStation = new TextField();
    final DateTimePicker timeIn = DateFormats.apply(new DateTimePicker());
    final Div warning = new Div();
    final Button save = new Button();
    private final VisitorRegister visitors;

    VisitDialog(VisitorRegister visitors, ResidentDirectory directory, Long homeId, Clock clock, Runnable afterSave) {
        this.visitors = visitors;
        setHeaderTitle(getTranslation("residents.visit.register"));
        setWidth("min(44rem, 95vw)");
        resident.setLabel(getTranslation("residents.visit.resident"));
        resident.setId("visit-resident");
        ResidentPicker.configure(resident, directory, homeId);
        visitorName.setLabel(getTranslation("residents.visit.visitor"));
        visitorName.setId("visit-visitor-name");
        visitorName.setMaxLength(120);
        visitorPhone.setLabel(getTranslation("residents.contact.phone"));
        visitorPhone.setId("visit-visitor-phone");
        visitorPhone.setMaxLength(20);
        relation.setLabel(getTranslation("residents.visit.relation"));
        relation.setId("visit-relation");
        relation.setMaxLength(60);
        idSeen.setLabel(getTranslation("residents.visit.idSeen"));
        idSeen.setMaxLength(120);
        purpose.setLabel(getTranslation("residents.visit.purpose"));
        purpose.setItems(VisitPurpose.values());
        purpose.setItemLabelGenerator(p -> Labels.label(this, p));
        purpose.setValue(VisitPurpose.FAMILY);
        officerName.setLabel(getTranslation("residents.visit.officerName"));
        officerName.setMaxLength(120);
        policeStation.setLabel(getTranslation("residents.visit.policeStation"));
        policeStation.setMaxLength(120);
        purpose.addValueChangeListener(e -> policeFields());
        policeFields();
        timeIn.setLabel(getTranslation("residents.visit.timeIn"));
        timeIn.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        warning.setId("no-contact-warning");
        warning.getElement().setAttribute("role", "alert");
        warning.getStyle().set("background", "#fde7e7").set("color", "#a4161a").set("border", "2px solid #a4161a")
                .set("border-radius", "8px").set("padding", "0.5rem 1rem").set("font-weight", "600");
        warning.setVisible(false);
        resident.addValueChangeListener(e -> check());
        visitorName.addBlurListener(e -> check());
        visitorPhone.addBlurListener(e -> check());

        FormLayout form = new FormLayout(resident, visitorName, visitorPhone, relation, purpose, idSeen, officerName,
                policeStation, timeIn);
        add(warning, form);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("residentId", resident, "visitorName", visitorName,
                "visitorPhone", visitorPhone, "relation", relation, "idSeen", idSeen, "purpose", purpose,
                "officerName", officerName, "policeStation", policeStation, "timeIn", timeIn));
        save.setText(getTranslation("residents.visit.save"));
        save.setId("save-visit");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            Visit v = new Visit();
            if (resident.getValue() != null) v.setResidentId(resident.getValue().id());
            v.setVisitorName(visitorName.getValue());
            v.setVisitorPhone(visitorPhone.getValue());
            v.setRelation(relation.getValue());
            v.setIdSeen(idSeen.getValue());
            v.setPurpose(purpose.getValue());
            v.setOfficerName(officerName.getValue());
            v.setPoliceStation(policeStation.getValue());
            v.setTimeIn(timeIn.getValue() == null ? null : timeIn.getValue().atZone(clock.getZone()).toInstant());
            VisitorRegister.Registered[] registered = {null};
            // the message depends on what the register answered: a warned visit is not an ordinary success
            SaveAction.of(this, fields).success(null).closing(this).then(() -> {
                afterSave.run();
                if (registered[0].warnings().isEmpty()) {
                    Notifications.success(getTranslation("residents.visit.saved"));
                } else {
                    Notifications.error(getTranslation("residents.visit.savedWithWarning"));
                }
            }).run(() -> registered[0] = visitors.register(v));
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        resident.focus();
    }

    private void policeFields() {
        boolean police = purpose.getValue() == VisitPurpose.POLICE;
        officerName.setVisible(police);
        policeStation.setVisible(police);
    }

    void check() {
        if (resident.getValue() == null || visitorName.isEmpty() && visitorPhone.isEmpty()) {
            warning.setVisible(false);
            return;
        }
        List<NoContact> matches = visitors.check(resident.getValue().id(), visitorName.getValue(), visitorPhone.getValue());
        warning.removeAll();
        warning.setVisible(!matches.isEmpty());
        for (NoContact n : matches) {
            warning.add(new Paragraph(getTranslation("residents.visit.noContactWarning",
                    n.getPersonName() == null ? n.getPhone() : n.getPersonName(), n.getReason() == null ? "" : n.getReason())));
        }
    }
}
