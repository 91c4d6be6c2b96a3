package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.Course;
import org.aashray.training.courses.CourseService;
import org.aashray.training.courses.FeePayer;

/** Create or change a batch; every rule is checked by the service and shown next to its field. */
class BatchForm extends Dialog {

    final ComboBox<Course> course = new ComboBox<>();
    final TextField provider = new TextField();
    final TextField venue = new TextField();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final TimePicker startTime = DateFormats.apply(new TimePicker());
    final TimePicker endTime = DateFormats.apply(new TimePicker());
    final IntegerField capacity = new IntegerField();
    final BigDecimalField fee = new BigDecimalField();
    final Select<FeePayer> feePayer = new Select<>();
    final Button save = new Button();

    BatchForm(BatchService batches, CourseService courses, Batch batch, Consumer<BatchSummary> afterSave) {
        setHeaderTitle(getTranslation(batch.getId() == null ? "training.batch.new" : "training.batch.edit"));
        setWidth("min(46rem, 96vw)");
        List<Course> offered = courses.activeCourses();
        course.setLabel(getTranslation("training.course"));
        course.setId("batch-course");
        course.setItems(offered);
        course.setItemLabelGenerator(Course::getName);
        offered.stream().filter(c -> c.getId().equals(batch.getCourseId())).findFirst().ifPresent(course::setValue);
        provider.setLabel(getTranslation("training.provider"));
        provider.setHelperText(getTranslation("training.provider.help"));
        provider.setId("batch-provider");
        provider.setMaxLength(160); // training_batches.provider; TrainingChecks gives the message if more arrives
        provider.setValue(batch.getProvider() == null ? "" : batch.getProvider());
        venue.setLabel(getTranslation("training.venue"));
        venue.setId("batch-venue");
        venue.setMaxLength(200);
        venue.setValue(batch.getVenue() == null ? "" : batch.getVenue());
        DateFormats.apply(startDate).setLabel(getTranslation("training.startDate"));
        startDate.setId("batch-start");
        startDate.setValue(batch.getStartDate());
        DateFormats.apply(endDate).setLabel(getTranslation("training.endDate"));
        endDate.setId("batch-end");
        endDate.setValue(batch.getEndDate());
        days.setLabel(getTranslation("training.days"));
        days.setId("batch-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(Labels::day);
        days.setValue(batch.getDays());
        startTime.setLabel(getTranslation("training.startTime"));
        startTime.setId("batch-start-time");
        startTime.setValue(batch.getStartTime());
        endTime.setLabel(getTranslation("training.endTime"));
        endTime.setId("batch-end-time");
        endTime.setValue(batch.getEndTime());
        capacity.setLabel(getTranslation("training.capacity"));
        capacity.setId("batch-capacity");
        capacity.setValue(batch.getCapacity());
        fee.setLabel(getTranslation("training.fee"));
        fee.setId("batch-fee");
        fee.setValue(batch.getFee());
        feePayer.setLabel(getTranslation("training.feePayer"));
        feePayer.setId("batch-fee-payer");
        feePayer.setItems(FeePayer.values());
        feePayer.setItemLabelGenerator(p -> getTranslation("training.feePayer." + p));
        feePayer.setValue(batch.getFeePayer());

        FormLayout form = new FormLayout(course, provider, venue, startDate, endDate, days, startTime, endTime, capacity, fee, feePayer);
        form.setColspan(course, 2);
        form.setColspan(days, 2);
        add(form);

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("course", course);
        fields.put("provider", provider);
        fields.put("venue", venue);
        fields.put("startDate", startDate);
        fields.put("endDate", endDate);
        fields.put("days", days);
        fields.put("startTime", startTime);
        fields.put("endTime", endTime);
        fields.put("capacity", capacity);
        fields.put("fee", fee);
        fields.put("feePayer", feePayer);

        save.setText(getTranslation("common.save"));
        save.setId("save-batch");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            batch.setCourseId(course.getValue() == null ? null : course.getValue().getId());
            batch.setProvider(provider.getValue());
            batch.setVenue(venue.getValue());
            batch.setStartDate(startDate.getValue());
            batch.setEndDate(endDate.getValue());
            batch.setDays(days.getValue() == null ? EnumSet.noneOf(DayOfWeek.class) : days.getValue());
            batch.setStartTime(startTime.getValue());
            batch.setEndTime(endTime.getValue());
            batch.setCapacity(capacity.getValue());
            batch.setFee(fee.getValue());
            batch.setFeePayer(feePayer.getValue());
            AtomicReference<BatchSummary> saved = new AtomicReference<>();
            SaveAction.of(this, fields).closing(this).then(() -> afterSave.accept(saved.get()))
                    .run(() -> saved.set(batches.save(batch)));
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
