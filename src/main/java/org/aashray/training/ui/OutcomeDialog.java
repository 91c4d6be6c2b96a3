package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.enrolment.TraineeRow;
import org.aashray.training.outcomes.LivelihoodService;
import org.aashray.training.outcomes.Outcome;
import org.aashray.training.outcomes.OutcomeKind;

/** What a trainee does after the course; only the fields of the chosen kind are shown. */
class OutcomeDialog extends Dialog {

    final Select<OutcomeKind> kind = new Select<>();
    final DatePicker recordedOn = new DatePicker();
    final Select<Integer> checkMonth = new Select<>();
    final TextField employer = new TextField();
    final TextField jobRole = new TextField();
    final BigDecimalField monthlyWage = new BigDecimalField();
    final TextField enterpriseType = new TextField();
    final BigDecimalField seedMoney = new BigDecimalField();
    final TextField studyCourse = new TextField();
    final Checkbox bankAccount = new Checkbox();
    final TextField schemeLinkage = new TextField();

    OutcomeDialog(LivelihoodService outcomes, TraineeRow enrolment, List<Integer> checkMonths, LocalDate today, Runnable afterSave) {
        setHeaderTitle(getTranslation("training.outcome.title"));
        setWidth("min(40rem, 96vw)");
        kind.setLabel(getTranslation("training.outcome.kind"));
        kind.setId("outcome-kind");
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("training.outcome.kind." + k));
        kind.addValueChangeListener(e -> showFields());
        DateFormats.apply(recordedOn).setLabel(getTranslation("training.outcome.recordedOn"));
        recordedOn.setValue(today);
        recordedOn.setMax(today);
        List<Integer> choices = new ArrayList<>();
        choices.add(0);
        choices.addAll(checkMonths);
        checkMonth.setLabel(getTranslation("training.outcome.checkMonth"));
        checkMonth.setItems(choices);
        checkMonth.setItemLabelGenerator(m -> m == 0 ? getTranslation("training.outcome.noCheck") : getTranslation("training.outcome.check", m));
        checkMonth.setValue(0);
        employer.setLabel(getTranslation("training.outcome.employer"));
        jobRole.setLabel(getTranslation("training.outcome.jobRole"));
        monthlyWage.setLabel(getTranslation("training.outcome.wage"));
        enterpriseType.setLabel(getTranslation("training.outcome.enterprise"));
        seedMoney.setLabel(getTranslation("training.outcome.seedMoney"));
        studyCourse.setLabel(getTranslation("training.outcome.study"));
        bankAccount.setLabel(getTranslation("training.outcome.bankAccount"));
        schemeLinkage.setLabel(getTranslation("training.outcome.scheme"));
        schemeLinkage.setHelperText(getTranslation("training.outcome.scheme.help"));
        // as wide as their columns in training_outcomes; LivelihoodService gives the message if more arrives
        employer.setMaxLength(160);
        jobRole.setMaxLength(120);
        enterpriseType.setMaxLength(120);
        studyCourse.setMaxLength(160);
        schemeLinkage.setMaxLength(200);
        FormLayout form = new FormLayout(kind, recordedOn, checkMonth, employer, jobRole, monthlyWage, enterpriseType, seedMoney,
                studyCourse, bankAccount, schemeLinkage);
        add(form);
        kind.setValue(OutcomeKind.JOB);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("recordedOn", recordedOn);
        fields.put("checkMonth", checkMonth);
        fields.put("employer", employer);
        fields.put("jobRole", jobRole);
        fields.put("monthlyWage", monthlyWage);
        fields.put("enterpriseType", enterpriseType);
        fields.put("seedMoney", seedMoney);
        fields.put("studyCourse", studyCourse);
        fields.put("schemeLinkage", schemeLinkage);
        Button save = new Button(getTranslation("common.save"), e -> {
            Outcome o = new Outcome();
            o.setKind(kind.getValue());
            o.setRecordedOn(recordedOn.getValue());
            o.setCheckMonth(checkMonth.getValue() == null || checkMonth.getValue() == 0 ? null : checkMonth.getValue());
            o.setEmployer(employer.getValue());
            o.setJobRole(jobRole.getValue());
            o.setMonthlyWage(monthlyWage.getValue());
            o.setEnterpriseType(enterpriseType.getValue());
            o.setSeedMoney(seedMoney.getValue());
            o.setStudyCourse(studyCourse.getValue());
            o.setBankAccount(bankAccount.getValue());
            o.setSchemeLinkage(schemeLinkage.getValue());
            SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> outcomes.record(enrolment.enrolmentId(), o));
        });
        save.setId("save-outcome");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void showFields() {
        OutcomeKind k = kind.getValue();
        employer.setVisible(k == OutcomeKind.JOB);
        jobRole.setVisible(k == OutcomeKind.JOB);
        monthlyWage.setVisible(k == OutcomeKind.JOB);
        enterpriseType.setVisible(k == OutcomeKind.SELF_EMPLOYMENT);
        seedMoney.setVisible(k == OutcomeKind.SELF_EMPLOYMENT);
        studyCourse.setVisible(k == OutcomeKind.FURTHER_STUDY);
    }
}
