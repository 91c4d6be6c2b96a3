package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.courses.Course;
import org.aashray.training.courses.CourseService;
import org.aashray.training.courses.Delivery;
import org.aashray.training.enrolment.LiteracyLevel;

/** Adds or edits a course; a course no longer offered is made inactive rather than deleted. */
class CourseDialog extends Dialog {

    final TextField name = new TextField();
    final IntegerField hours = new IntegerField();
    final IntegerField weeks = new IntegerField();
    final Select<LiteracyLevel> literacy = new Select<>();
    final Select<Delivery> delivery = new Select<>();
    final Checkbox active = new Checkbox();

    CourseDialog(CourseService courses, Course course, Runnable afterSave) {
        setHeaderTitle(getTranslation(course.getId() == null ? "training.course.add" : "training.course.edit"));
        name.setLabel(getTranslation("training.course"));
        name.setId("course-name");
        name.setMaxLength(120); // training_courses.name
        name.setValue(course.getName() == null ? "" : course.getName());
        hours.setLabel(getTranslation("training.course.hours"));
        hours.setValue(course.getDurationHours());
        weeks.setLabel(getTranslation("training.course.weeks"));
        weeks.setValue(course.getDurationWeeks());
        literacy.setLabel(getTranslation("training.course.minLiteracy"));
        literacy.setItems(LiteracyLevel.values());
        literacy.setItemLabelGenerator(l -> getTranslation("training.literacy." + l));
        literacy.setValue(course.getMinLiteracy());
        delivery.setLabel(getTranslation("training.course.delivery"));
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> getTranslation("training.delivery." + d));
        delivery.setValue(course.getDelivery());
        active.setLabel(getTranslation("training.course.active"));
        active.setValue(course.isActive());
        add(new FormLayout(name, hours, weeks, literacy, delivery, active));
        Map<String, HasValidation> fields = Map.of("name", name, "durationHours", hours, "durationWeeks", weeks,
                "minLiteracy", literacy, "delivery", delivery);
        Button save = new Button(getTranslation("common.save"), e -> {
            course.setName(name.getValue());
            course.setDurationHours(hours.getValue());
            course.setDurationWeeks(weeks.getValue());
            course.setMinLiteracy(literacy.getValue());
            course.setDelivery(delivery.getValue());
            course.setActive(active.getValue());
            SaveAction.of(this, fields).closing(this).then(afterSave).run(() -> courses.saveCourse(course));
        });
        save.setId("save-course");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
