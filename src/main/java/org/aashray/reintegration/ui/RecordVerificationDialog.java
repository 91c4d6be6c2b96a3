package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.verification.HomeVerification;
import org.aashray.reintegration.verification.Recommendation;
import org.aashray.reintegration.verification.VerificationService;
import org.aashray.reintegration.verification.VerificationVisit;

/** The visiting worker records what she found, with optional photos or scanned documents. */
class RecordVerificationDialog extends Dialog {

    final DatePicker visitDate = DateFormats.apply(new DatePicker());
    final TextField contactPerson = new TextField();
    final TextField peopleMet = new TextField();
    final TextArea familyComposition = new TextArea();
    final TextArea economicSituation = new TextArea();
    final RadioButtonGroup<Boolean> involved = new RadioButtonGroup<>();
    final TextArea involvementDetails = new TextArea();
    final TextField debts = new TextField();
    final TextArea communityAttitude = new TextArea();
    final TextArea schoolingOrWork = new TextArea();
    final TextArea risks = new TextArea();
    final Select<Recommendation> recommendation = new Select<>();
    final TextArea reasons = new TextArea();
    final Button save = new Button();

    RecordVerificationDialog(VerificationService verifications, HomeVerification v, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.verification.recordTitle", v.getDestination()));
        setId("record-verification-dialog");
        setWidth("52em");
        Map<String, HasValidation> fields = new HashMap<>();
        label(fields, visitDate, "visitDate");
        label(fields, contactPerson, "contactPerson");
        contactPerson.setValue(v.getContactPerson() == null ? "" : v.getContactPerson());
        contactPerson.setReadOnly(true);
        contactPerson.setVisible(v.getContactPerson() != null);
        label(fields, peopleMet, "peopleMet");
        label(fields, familyComposition, "familyComposition");
        label(fields, economicSituation, "economicSituation");
        label(fields, involved, "involvedInTrafficking");
        involved.setItems(Boolean.TRUE, Boolean.FALSE);
        involved.setItemLabelGenerator(b -> getTranslation(b ? "reintegration.yes" : "reintegration.no"));
        label(fields, involvementDetails, "involvementDetails");
        label(fields, debts, "debts");
        label(fields, communityAttitude, "communityAttitude");
        label(fields, schoolingOrWork, "schoolingOrWork");
        label(fields, risks, "risks");
        label(fields, recommendation, "recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(r -> Labels.of(this, r));
        label(fields, reasons, "reasons");
        // the lengths VerificationService allows
        peopleMet.setMaxLength(300);
        debts.setMaxLength(500);
        for (TextArea area : List.of(familyComposition, economicSituation, involvementDetails, communityAttitude, schoolingOrWork, risks)) {
            area.setMaxLength(1000);
        }
        reasons.setMaxLength(2000);
        // under the people she met: the care manager's override when they match her no-contact list
        NoContactOffer noContact = new NoContactOffer("verification-no-contact",
                reason -> verifications.overrideNoContact(v.getResidentId(), reason));
        FormLayout form = new FormLayout(visitDate, contactPerson, peopleMet, noContact, familyComposition, economicSituation, involved,
                involvementDetails, debts, communityAttitude, schoolingOrWork, risks, recommendation, reasons);
        form.setColspan(noContact, 2);
        add(form);
        Span uploaded = new Span();
        UI ui = UI.getCurrent();
        // a file refused (type, size) is said in a notification; the files kept are listed by name
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> SaveAction.of(this).success(null)
                .then(() -> uploaded.setText(uploaded.getText() + " " + meta.fileName()))
                .run(() -> verifications.addFile(v.getId(), meta.fileName(), meta.contentType(), bytes)))));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFileSize(VerificationService.MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("reintegration.validation.fileSize", 5)));
        add(new Paragraph(getTranslation("reintegration.verification.files")), upload, uploaded);
        save.setText(getTranslation("reintegration.verification.recordSave"));
        save.setId("verification-record-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).closing(this).then(onSaved)
                .run(() -> noContact.guard(() -> verifications.record(v.getId(), v.getVersion(), new VerificationVisit(
                        visitDate.getValue(), peopleMet.getValue(), familyComposition.getValue(), economicSituation.getValue(),
                        involved.getValue(), involvementDetails.getValue(), debts.getValue(), communityAttitude.getValue(),
                        schoolingOrWork.getValue(), risks.getValue(), recommendation.getValue(), reasons.getValue())))));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void label(Map<String, HasValidation> fields, com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("reintegration.verification." + key));
        ((com.vaadin.flow.component.Component) field).setId("verification-" + key);
        fields.put(key, (HasValidation) field);
    }
}
