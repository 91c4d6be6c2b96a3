package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.enrolment.AssessmentResult;
import org.aashray.training.enrolment.EnrolmentService;
import org.aashray.training.enrolment.TraineeRow;

/** Records a trainee's assessment: a score out of 100 (optional) and pass or fail. */
class AssessmentDialog extends Dialog {

    final IntegerField score = new IntegerField();
    final RadioButtonGroup<AssessmentResult> result = new RadioButtonGroup<>();

    AssessmentDialog(EnrolmentService enrolments, TraineeRow trainee, Runnable afterSave) {
        setHeaderTitle(getTranslation("training.assess.title", trainee.residentName()));
        score.setLabel(getTranslation("training.assess.score"));
        score.setMin(0);
        score.setMax(100);
        score.setValue(trainee.assessmentScore());
        result.setLabel(getTranslation("training.assess.result"));
        result.setItems(AssessmentResult.values());
        result.setItemLabelGenerator(r -> getTranslation("training.result." + r));
        result.setValue(trainee.assessmentResult());
        add(new FormLayout(score, result));
        Map<String, HasValidation> fields = Map.of("score", score, "result", result);
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, fields).success(null).closing(this)
                .then(afterSave)
                .run(() -> enrolments.recordAssessment(trainee.enrolmentId(), trainee.version(), score.getValue(), result.getValue())));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
