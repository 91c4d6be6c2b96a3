package org.aashray.residents.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.residents.casework.CompensationStatus;
import org.aashray.residents.casework.LawyerType;
import org.aashray.residents.casework.LegalCase;
import org.aashray.residents.casework.LegalCaseService;
import org.aashray.residents.children.ChildProceedings;
import org.aashray.residents.children.ChildProceedingsService;

/** The criminal case (FIR, sections, statement, court, hearings, lawyer) and the victim-compensation claim. */
class LegalTab extends VerticalLayout {

    final TextField firNumber = new TextField();
    final TextField policeStation = new TextField();
    final TextField sectionsInvoked = new TextField();
    final ComboBox<String> statementSection = new ComboBox<>();
    final DatePicker statementDate = DateFormats.apply(new DatePicker());
    final TextField court = new TextField();
    final DatePicker nextHearing = DateFormats.apply(new DatePicker());
    final Select<LawyerType> lawyerType = new Select<>();
    final TextField lawyerName = new TextField();
    final DatePicker compensationAppliedOn = DateFormats.apply(new DatePicker());
    final Select<CompensationStatus> compensationStatus = new Select<>();
    final Button save = new Button();

    LegalTab(LegalCaseService legalCases, ChildProceedingsService children, long residentId, boolean mayEdit) {
        setPadding(false);
        Map<String, HasValidation> fields = new HashMap<>();
        label(fields, firNumber, "firNumber");
        label(fields, policeStation, "policeStation");
        label(fields, sectionsInvoked, "sectionsInvoked");
        // as wide as their columns (resident_legal_cases); the service gives the message if more arrives
        firNumber.setMaxLength(60);
        policeStation.setMaxLength(120);
        sectionsInvoked.setMaxLength(300);
        court.setMaxLength(160);
        lawyerName.setMaxLength(120);
        sectionsInvoked.setPlaceholder("ITPA 5, 6; BNS 143");
        label(fields, statementSection, "statementSection");
        // the usual sections; any other can be typed
        statementSection.setItems(List.of("BNSS 180", "BNSS 183", "CrPC 161", "CrPC 164"));
        statementSection.setAllowCustomValue(true);
        statementSection.addCustomValueSetListener(e -> statementSection.setValue(e.getDetail()));
        label(fields, statementDate, "statementDate");
        label(fields, court, "court");
        label(fields, nextHearing, "nextHearing");
        label(fields, lawyerType, "lawyerType");
        lawyerType.setItems(LawyerType.values());
        lawyerType.setItemLabelGenerator(l -> Labels.label(this, l));
        label(fields, lawyerName, "lawyerName");
        label(fields, compensationAppliedOn, "compensationAppliedOn");
        label(fields, compensationStatus, "compensationStatus");
        compensationStatus.setItems(CompensationStatus.values());
        compensationStatus.setItemLabelGenerator(s -> Labels.label(this, s));

        Binder<LegalCase> binder = new Binder<>(LegalCase.class);
        binder.forField(firNumber).bind(LegalCase::getFirNumber, LegalCase::setFirNumber);
        binder.forField(policeStation).bind(LegalCase::getPoliceStation, LegalCase::setPoliceStation);
        binder.forField(sectionsInvoked).bind(LegalCase::getSectionsInvoked, LegalCase::setSectionsInvoked);
        binder.forField(statementSection).bind(LegalCase::getStatementSection, LegalCase::setStatementSection);
        binder.forField(statementDate).bind(LegalCase::getStatementDate, LegalCase::setStatementDate);
        binder.forField(court).bind(LegalCase::getCourt, LegalCase::setCourt);
        binder.forField(nextHearing).bind(LegalCase::getNextHearing, LegalCase::setNextHearing);
        binder.forField(lawyerType).bind(LegalCase::getLawyerType, LegalCase::setLawyerType);
        binder.forField(lawyerName).bind(LegalCase::getLawyerName, LegalCase::setLawyerName);
        binder.forField(compensationAppliedOn).bind(LegalCase::getCompensationAppliedOn, LegalCase::setCompensationAppliedOn);
        binder.forField(compensationStatus).bind(LegalCase::getCompensationStatus, LegalCase::setCompensationStatus);
        LegalCase[] current = {legalCases.legalCase(residentId)};
        binder.setBean(current[0]);
        binder.setReadOnly(!mayEdit);
        add(new FormLayout(firNumber, policeStation, sectionsInvoked, statementSection, statementDate, court, nextHearing,
                lawyerType, lawyerName, compensationAppliedOn, compensationStatus));
        if (mayEdit) {
            save.setText(getTranslation("common.save"));
            save.setId("save-legal");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> SaveAction.of(this, fields).run(() -> {
                current[0] = legalCases.saveLegalCase(residentId, current[0]);
                binder.setBean(current[0]);
            }));
            add(save);
        }
        ChildProceedings child = children.of(residentId);
        if (child.minor()) {
            add(childProceedings(children, residentId, child, mayEdit));
        }
    }

    /** For a child: produced before the CWC (due within 24 hours of rescue) and the social investigation report. */
    private VerticalLayout childProceedings(ChildProceedingsService children, long residentId, ChildProceedings child, boolean mayEdit) {
        DatePicker produced = DateFormats.apply(new DatePicker(getTranslation("residents.child.cwcProducedOn")));
        produced.setId("legal-cwcProducedOn");
        DatePicker sir = DateFormats.apply(new DatePicker(getTranslation("residents.child.sirSubmittedOn")));
        sir.setId("legal-sirSubmittedOn");
        produced.setValue(child.cwcProducedOn());
        sir.setValue(child.sirSubmittedOn());
        if (child.cwcDueOn() != null) produced.setHelperText(getTranslation("residents.child.dueBy", DateFormats.date(child.cwcDueOn())));
        sir.setHelperText(getTranslation("residents.child.dueBy", DateFormats.date(child.sirDueOn())));
        produced.setReadOnly(!mayEdit);
        sir.setReadOnly(!mayEdit);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("residents.child.title")), new FormLayout(produced, sir));
        section.setPadding(false);
        if (mayEdit) {
            Map<String, HasValidation> fields = Map.of("cwcProducedOn", produced, "sirSubmittedOn", sir);
            Button saveChild = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields)
                    .run(() -> children.record(residentId, produced.getValue(), sir.getValue())));
            saveChild.setId("save-child-proceedings");
            section.add(saveChild);
        }
        return section;
    }

    private void label(Map<String, HasValidation> fields, com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("residents.legal." + key));
        ((com.vaadin.flow.component.Component) field).setId("legal-" + key);
        fields.put(key, (HasValidation) field);
    }
}
