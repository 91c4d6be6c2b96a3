package org.aashray.medical.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.AppointmentRequest;
import org.aashray.medical.AppointmentStatus;
import org.aashray.medical.AppointmentSummary;
import org.aashray.medical.MedicalService;
import org.aashray.medical.internal.MedicalText;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentPicker;
import org.aashray.residents.ResidentSummary;

/** Books or opens a medical appointment; purpose and result only for medical staff. */
class AppointmentDialog extends Dialog {

    final ComboBox<ResidentSummary> resident = new ComboBox<>();
    final Select<AppointmentKind> kind = new Select<>();
    final TextField place = new TextField();
    final DatePicker date = new DatePicker();
    final TimePicker start = DateFormats.apply(new TimePicker());
    final TimePicker end = DateFormats.apply(new TimePicker());
    final TextArea purpose = new TextArea();
    final Select<AppointmentStatus> status = new Select<>();
    final TextArea result = new TextArea();
    final Button save = new Button();
    private final Map<String, HasValidation> fields = new HashMap<>();

    AppointmentDialog(MedicalService medical, ResidentDirectory directory, long homeId, LocalDateTime slot,
                      AppointmentSummary existing, boolean mayEdit, Runnable onSaved) {
        setId("appointment-dialog");
        setWidth("min(44rem, 96vw)");
        setHeaderTitle(getTranslation(existing == null ? "medical.appointment.new" : "medical.appointment.open"));
        resident.setLabel(getTranslation("medical.resident"));
        ResidentPicker.configure(resident, directory, homeId);
        resident.setId("appointment-resident");
        kind.setLabel(getTranslation("medical.appointment.kind"));
        kind.setItems(AppointmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("medical.kind." + k));
        kind.setId("appointment-kind");
        place.setLabel(getTranslation("medical.appointment.place"));
        place.setMaxLength(200);
        place.setId("appointment-place");
        DateFormats.apply(date).setLabel(getTranslation("medical.appointment.date"));
        start.setLabel(getTranslation("medical.appointment.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setId("appointment-start");
        end.setLabel(getTranslation("medical.appointment.end"));
        end.setStep(Duration.ofMinutes(15));
        end.setId("appointment-end");
        purpose.setLabel(getTranslation("medical.appointment.purpose"));
        purpose.setId("appointment-purpose");
        status.setLabel(getTranslation("medical.appointment.status"));
        status.setItems(AppointmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("medical.status." + s));
        result.setLabel(getTranslation("medical.appointment.result"));
        purpose.setMaxLength(MedicalText.MAX_LENGTH);
        result.setMaxLength(MedicalText.MAX_LENGTH);
        fields.putAll(Map.of("resident", resident, "kind", kind, "place", place, "date", date, "start", start, "end", end,
                "status", status, "purpose", purpose, "result", result));
        FormLayout form = new FormLayout(resident, kind, place, date, start, end);
        add(form);
        if (existing == null) {
            kind.setValue(AppointmentKind.IN_HOUSE);
            place.setValue(getTranslation("medical.appointment.sickRoom"));
            date.setValue(slot.toLocalDate());
            start.setValue(slot.toLocalTime());
            end.setValue(slot.toLocalTime().plusMinutes(30));
        } else {
            directory.find(existing.residentId()).ifPresent(resident::setValue);
            kind.setValue(existing.kind());
            place.setValue(existing.place());
            date.setValue(existing.start().toLocalDate());
            start.setValue(existing.start().toLocalTime());
            end.setValue(existing.end().toLocalTime());
            status.setValue(existing.status());
            purpose.setValue(existing.purpose() == null ? "" : existing.purpose());
            result.setValue(existing.result() == null ? "" : existing.result());
        }
        if (mayEdit) {
            form.add(purpose);
            form.setColspan(purpose, 2);
            if (existing != null) {
                form.add(status, result);
                form.setColspan(result, 2);
            }
            save.setText(getTranslation(existing == null ? "medical.appointment.book" : "medical.appointment.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("appointment-save");
            save.addClickListener(e -> SaveAction.of(this, fields).success("medical.saved").concurrent("medical.concurrent")
                    .closing(this).then(onSaved).run(() -> save(medical, homeId, existing)));
            getFooter().add(new Button(getTranslation("medical.close"), e -> close()), save);
        } else {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
            add(new Paragraph(getTranslation("medical.detailsHidden")));
            getFooter().add(new Button(getTranslation("medical.close"), e -> close()));
        }
    }

    /** Books, or changes and then records the outcome if status or result changed (two versions: the change bumps it). */
    private void save(MedicalService medical, long homeId, AppointmentSummary existing) {
        LocalDateTime s = date.getValue() == null || start.getValue() == null ? null : date.getValue().atTime(start.getValue());
        LocalDateTime en = date.getValue() == null || end.getValue() == null ? null : date.getValue().atTime(end.getValue());
        AppointmentRequest r = new AppointmentRequest(homeId, resident.getValue() == null ? -1 : resident.getValue().id(),
                null, null, kind.getValue(), place.getValue(), s, en, purpose.getValue());
        if (existing == null) {
            medical.book(r);
            return;
        }
        AppointmentSummary changed = medical.change(existing.id(), existing.version(), r);
        if (status.getValue() != existing.status() || !result.getValue().equals(existing.result() == null ? "" : existing.result())) {
            medical.recordOutcome(existing.id(), changed.version(), status.getValue(), result.getValue());
        }
    }
}
