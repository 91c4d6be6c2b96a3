package org.aashray.reintegration.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.reintegration.followup.FollowUp;
import org.aashray.reintegration.followup.FollowUpMode;
import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.followup.FollowUpVisit;

/** Records a follow-up: how she was reached, how she is, and whether there is a concern (re-referral). */
class FollowUpDialog extends Dialog {

    FollowUpDialog(FollowUpService followUps, FollowUp f, Runnable onSaved) {
        setHeaderTitle(getTranslation("reintegration.followup.recordTitle", f.getMonthsAfter()));
        setWidth("48em");
        DatePicker date = DateFormats.apply(new DatePicker(getTranslation("reintegration.followup.date")));
        Select<FollowUpMode> mode = new Select<>();
        mode.setLabel(getTranslation("reintegration.followup.mode"));
        mode.setItems(FollowUpMode.values());
        mode.setItemLabelGenerator(m -> Labels.of(this, m));
        TextField met = new TextField(getTranslation("reintegration.followup.peopleMet"));
        TextArea wellbeing = new TextArea(getTranslation("reintegration.followup.wellbeing"));
        TextArea work = new TextArea(getTranslation("reintegration.followup.schoolingOrWork"));
        TextArea safety = new TextArea(getTranslation("reintegration.followup.safetyConcerns"));
        TextArea signs = new TextArea(getTranslation("reintegration.followup.retraffickingSigns"));
        TextField next = new TextField(getTranslation("reintegration.followup.nextAction"));
        Checkbox concern = new Checkbox(getTranslation("reintegration.followup.raiseConcern"));
        date.setId("followup-date");
        // the lengths FollowUpService allows
        met.setMaxLength(300);
        next.setMaxLength(300);
        wellbeing.setMaxLength(1000);
        work.setMaxLength(1000);
        safety.setMaxLength(1000);
        signs.setMaxLength(1000);
        mode.setId("followup-mode");
        wellbeing.setId("followup-wellbeing");
        met.setId("followup-peopleMet");
        // under the people she was found with: the care manager's override when they match her no-contact list
        NoContactOffer noContact = new NoContactOffer("followup-no-contact",
                reason -> followUps.overrideNoContact(f.getResidentId(), reason));
        FormLayout form = new FormLayout(date, mode, met, noContact, wellbeing, work, safety, signs, next, concern);
        form.setColspan(noContact, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("date", date, "mode", mode, "peopleMet", met, "wellbeing", wellbeing,
                "schoolingOrWork", work, "safetyConcerns", safety, "retraffickingSigns", signs, "nextAction", next);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields).success(null).closing(this)
                .then(onSaved).run(() -> noContact.guard(() -> followUps.record(f.getId(), f.getVersion(), new FollowUpVisit(
                        date.getValue(), mode.getValue(), met.getValue(), wellbeing.getValue(), work.getValue(), safety.getValue(),
                        signs.getValue(), next.getValue(), concern.getValue())))));
        save.setId("followup-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
