package org.aashray.careplans.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.careplans.CarePlanDetails;
import org.aashray.careplans.CarePlanService;
import org.aashray.careplans.GoalArea;
import org.aashray.careplans.GoalInput;
import org.aashray.careplans.GoalStatus;

/** Adds or changes one goal of a care plan. */
class GoalDialog extends Dialog {

    final Select<GoalArea> area = new Select<>();
    final TextArea goal = new TextArea();
    final TextField owner = new TextField();
    final DatePicker targetOn = new DatePicker();
    final Select<GoalStatus> status = new Select<>();
    final Button save = new Button();

    GoalDialog(CarePlanService plans, long planId, CarePlanDetails.GoalDetails existing, Runnable onSaved) {
        setId("goal-dialog");
        setWidth("min(40rem, 96vw)");
        setHeaderTitle(getTranslation(existing == null ? "careplans.goal.new" : "careplans.goal.edit"));
        area.setLabel(getTranslation("careplans.area"));
        area.setItems(GoalArea.values());
        area.setItemLabelGenerator(a -> getTranslation("careplans.area." + a));
        area.setId("goal-area");
        goal.setLabel(getTranslation("careplans.goal"));
        goal.setMaxLength(500);
        goal.setId("goal-text");
        owner.setLabel(getTranslation("careplans.owner"));
        owner.setMaxLength(120);
        owner.setId("goal-owner");
        DateFormats.apply(targetOn).setLabel(getTranslation("careplans.targetOn"));
        targetOn.setId("goal-target");
        status.setLabel(getTranslation("careplans.status"));
        status.setItems(GoalStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("careplans.status." + s));
        status.setValue(GoalStatus.NOT_STARTED);
        status.setId("goal-status");
        if (existing != null) {
            area.setValue(existing.area());
            goal.setValue(existing.goal());
            owner.setValue(existing.owner());
            targetOn.setValue(existing.targetOn());
            status.setValue(existing.status());
        }
        FormLayout form = new FormLayout(area, owner, goal, targetOn, status);
        form.setColspan(goal, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("area", area, "goal", goal, "owner", owner, "targetOn", targetOn, "status", status);
        save.setText(getTranslation("careplans.save"));
        save.setId("goal-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields).success(null).concurrent("careplans.concurrent").closing(this)
                .then(onSaved).run(() -> plans.saveGoal(planId, new GoalInput(existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(), area.getValue(), goal.getValue(), owner.getValue(),
                        targetOn.getValue(), status.getValue()))));
        getFooter().add(new Button(getTranslation("careplans.close"), e -> close()), save);
    }
}
