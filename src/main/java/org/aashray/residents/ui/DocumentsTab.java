package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.DocumentType;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.casework.ResidentDocumentService;

/** Identity documents and entitlements: held, applied for or missing, with dates. */
class DocumentsTab extends VerticalLayout {

    final Grid<ResidentDocument> grid = new Grid<>();
    private final ResidentDocumentService documents;
    private final long residentId;

    DocumentsTab(ResidentDocumentService documents, long residentId, boolean mayEdit) {
        this.documents = documents;
        this.residentId = residentId;
        setPadding(false);
        grid.setId("documents-grid");
        grid.addColumn(d -> Labels.label(this, d.getType())).setHeader(getTranslation("residents.doc.type"));
        grid.addColumn(d -> Labels.label(this, d.getStatus())).setHeader(getTranslation("residents.doc.status"));
        grid.addColumn(ResidentDocument::getNumber).setHeader(getTranslation("residents.doc.number"));
        grid.addColumn(ResidentDocument::getScheme).setHeader(getTranslation("residents.doc.scheme"));
        grid.addColumn(d -> DateFormats.date(d.getAppliedOn())).setHeader(getTranslation("residents.doc.appliedOn"));
        grid.addColumn(d -> DateFormats.date(d.getReceivedOn())).setHeader(getTranslation("residents.doc.receivedOn"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("residents.doc.empty"));
        if (mayEdit) {
            grid.addComponentColumn(d -> new Button(getTranslation("common.edit"), e -> edit(d))).setAutoWidth(true);
            Button add = new Button(getTranslation("residents.doc.add"), e -> edit(new ResidentDocument()));
            add.setId("add-document");
            add(add);
        }
        add(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(documents.documents(residentId));
    }

    private void edit(ResidentDocument doc) {
        Dialog dialog = new Dialog(getTranslation("residents.doc.title"));
        Select<DocumentType> type = new Select<>();
        type.setLabel(getTranslation("residents.doc.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(t -> Labels.label(this, t));
        Select<DocumentStatus> status = new Select<>();
        status.setLabel(getTranslation("residents.doc.status"));
        status.setItems(DocumentStatus.values());
        status.setItemLabelGenerator(s -> Labels.label(this, s));
        TextField number = new TextField(getTranslation("residents.doc.number"));
        number.setMaxLength(60);
        TextField scheme = new TextField(getTranslation("residents.doc.scheme"));
        scheme.setMaxLength(120);
        DatePicker appliedOn = DateFormats.apply(new DatePicker(getTranslation("residents.doc.appliedOn")));
        DatePicker receivedOn = DateFormats.apply(new DatePicker(getTranslation("residents.doc.receivedOn")));
        Binder<ResidentDocument> binder = new Binder<>(ResidentDocument.class);
        binder.forField(type).bind(ResidentDocument::getType, ResidentDocument::setType);
        binder.forField(status).bind(ResidentDocument::getStatus, ResidentDocument::setStatus);
        binder.forField(number).bind(ResidentDocument::getNumber, ResidentDocument::setNumber);
        binder.forField(scheme).bind(ResidentDocument::getScheme, ResidentDocument::setScheme);
        binder.forField(appliedOn).bind(ResidentDocument::getAppliedOn, ResidentDocument::setAppliedOn);
        binder.forField(receivedOn).bind(ResidentDocument::getReceivedOn, ResidentDocument::setReceivedOn);
        binder.setBean(doc);
        dialog.add(new FormLayout(type, status, number, scheme, appliedOn, receivedOn));
        Map<String, HasValidation> fields = Map.of("type", type, "status", status, "number", number, "scheme", scheme,
                "appliedOn", appliedOn, "receivedOn", receivedOn);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields).success(null).closing(dialog)
                .then(this::refresh).run(() -> documents.saveDocument(residentId, doc)));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        type.focus();
    }
}
