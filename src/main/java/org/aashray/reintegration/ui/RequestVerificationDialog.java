package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.verification.DestinationKind;
import org.aashray.reintegration.verification.VerificationRequest;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.HomeStaffDirectory;

/** The care manager asks for a home verification and assigns it to staff of the home or a partner organisation. */
class RequestVerificationDialog extends Dialog {

    final Select<DestinationKind> kind = new Select<>();
    final TextField destination = new TextField();
    final TextField contactPerson = new TextField();
    final ComboBox<HomeStaffDirectory.StaffMember> assignee = new ComboBox<>();
    final TextField partner = new TextField();
    final DatePicker dueOn = DateFormats.apply(new DatePicker());
    final Button save = new Button();

    RequestVerificationDialog(VerificationService verifications, HomeStaffDirectory staff, ResidentSummary resident, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.verification.request"));
        setId("request-verification-dialog");
        kind.setLabel(getTranslation("reintegration.verification.kind"));
        kind.setItems(DestinationKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(DestinationKind.FAMILY);
        kind.setId("verification-kind");
        destination.setLabel(getTranslation("reintegration.verification.destination"));
        destination.setId("verification-destination");
        contactPerson.setLabel(getTranslation("reintegration.verification.contactPerson"));
        assignee.setLabel(getTranslation("reintegration.verification.assignStaff"));
        assignee.setItems(staff.staffOf(resident.homeId()));
        assignee.setItemLabelGenerator(HomeStaffDirectory.StaffMember::displayName);
        assignee.setId("verification-assignee");
        partner.setLabel(getTranslation("reintegration.verification.assignPartner"));
        partner.setId("verification-partner");
        dueOn.setLabel(getTranslation("reintegration.verification.dueOn"));
        dueOn.setHelperText(getTranslation("reintegration.verification.dueHelp"));
        add(new FormLayout(kind, destination, contactPerson, assignee, partner, dueOn));
        // as wide as their columns (reint_verifications); VerificationService gives the message if more arrives
        destination.setMaxLength(300);
        contactPerson.setMaxLength(120);
        partner.setMaxLength(200);
        Map<String, HasValidation> fields = Map.of("destinationKind", kind, "destination", destination,
                "contactPerson", contactPerson, "assignedUsername", assignee, "assignedPartner", partner, "dueOn", dueOn);
        save.setText(getTranslation("reintegration.verification.requestSave"));
        save.setId("verification-request-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).success("reintegration.verification.requested").closing(this)
                .then(onSaved).run(() -> verifications.request(new VerificationRequest(resident.id(), kind.getValue(),
                        destination.getValue(), contactPerson.getValue(),
                        assignee.getValue() == null ? null : assignee.getValue().username(), partner.getValue(), dueOn.getValue()))));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
