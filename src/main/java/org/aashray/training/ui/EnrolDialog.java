package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import org.aashray.base.ui.FieldErrors;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentPicker;
import org.aashray.residents.ResidentSummary;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.EnrolmentStatus;
import org.aashray.training.enrolment.LiteracyLevel;

/** Enrols a resident of the home; the service checks age, literacy, stay and overlapping batches. */
class EnrolDialog extends Dialog {

    final ComboBox<ResidentSummary> resident = new ComboBox<>();
    final Select<LiteracyLevel> literacy = new Select<>();
    final Button save = new Button();

    EnrolDialog(EnrolmentService enrolments, ResidentDirectory directory, BatchSummary batch, Runnable afterSave) {
        setHeaderTitle(getTranslation("training.enrol.title", batch.courseName()));
        setWidth("min(34rem, 96vw)");
        resident.setLabel(getTranslation("training.trainee"));
        resident.setId("enrol-resident");
        ResidentPicker.configure(resident, directory, batch.homeId());
        literacy.setLabel(getTranslation("training.literacy"));
        literacy.setHelperText(getTranslation("training.literacy.help"));
        literacy.setId("enrol-literacy");
        literacy.setItems(LiteracyLevel.values());
        literacy.setItemLabelGenerator(l -> getTranslation("training.literacy." + l));
        add(new FormLayout(resident, literacy));
        Map<String, HasValidation> fields = Map.of("resident", resident, "literacy", literacy);
        save.setText(getTranslation("training.enrol"));
        save.setId("save-enrolment");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            FieldErrors.clear(fields);
            if (resident.getValue() == null) {
                resident.setErrorMessage(getTranslation("validation.required"));
                resident.setInvalid(true);
                return;
            }
            // the message says whether she got a seat or a place on the waitlist, which only the service knows
            SaveAction.of(this, fields).success(null).closing(this).then(afterSave).run(() -> {
                EnrolmentStatus status = enrolments.enrol(batch.id(), resident.getValue().id(), literacy.getValue());
                Notifications.success(getTranslation("training.enrol.done." + status, resident.getValue().name()));
            });
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
