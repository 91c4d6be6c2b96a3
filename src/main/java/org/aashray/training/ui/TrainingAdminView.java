package org.aashray.training.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.aashray.base.ui.SaveAction;
import org.aashray.training.courses.Course;
import org.aashray.training.courses.CourseService;
import org.aashray.training.courses.TrainingSettings;

/** ADMIN: the course catalogue and the training limits (minimum age, attendance threshold, outcome checks). */
@Route("admin/training")
@Menu(title = "nav.trainingAdmin", order = 85, icon = "vaadin:academy-cap")
@RolesAllowed("ADMIN")
public class TrainingAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Course> grid = new Grid<>();
    final IntegerField minAge = new IntegerField();
    final IntegerField threshold = new IntegerField();
    final TextField checkMonths = new TextField();
    final IntegerField graceDays = new IntegerField();
    final Button saveSettings = new Button();
    private final CourseService courses;
    private TrainingSettings settings;

    public TrainingAdminView(CourseService courses) {
        this.courses = courses;
        setWidthFull();
        Button add = new Button(getTranslation("training.course.add"), e -> new CourseDialog(courses, new Course(), this::refresh).open());
        add.setId("add-course");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(new H3(getTranslation("training.courses")), add);
        toolbar.setAlignItems(Alignment.CENTER);
        grid.setId("courses-grid");
        grid.addColumn(Course::getName).setHeader(getTranslation("training.course")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("training.course.duration", c.getDurationHours(), c.getDurationWeeks()))
                .setHeader(getTranslation("training.course.durationHeader"));
        grid.addColumn(c -> getTranslation("training.literacy." + c.getMinLiteracy())).setHeader(getTranslation("training.course.minLiteracy"));
        grid.addColumn(c -> getTranslation("training.delivery." + c.getDelivery())).setHeader(getTranslation("training.course.delivery"));
        grid.addColumn(c -> c.isActive() ? "" : getTranslation("training.course.inactive")).setAutoWidth(true);
        grid.addItemClickListener(e -> new CourseDialog(courses, e.getItem(), this::refresh).open());
        grid.setItemsPageable(courses::allCourses);
        grid.setEmptyStateText(getTranslation("training.courses.empty"));
        grid.setHeight("24rem");

        minAge.setLabel(getTranslation("training.settings.minAge"));
        minAge.setId("settings-min-age");
        threshold.setLabel(getTranslation("training.settings.threshold"));
        threshold.setId("settings-threshold");
        threshold.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        checkMonths.setLabel(getTranslation("training.settings.months"));
        checkMonths.setHelperText(getTranslation("training.settings.months.help"));
        checkMonths.setId("settings-months");
        graceDays.setLabel(getTranslation("training.settings.grace"));
        graceDays.setId("settings-grace");
        loadSettings();
        Map<String, HasValidation> fields = Map.of("minAge", minAge, "attendanceThreshold", threshold,
                "outcomeCheckMonths", checkMonths, "outcomeGraceDays", graceDays);
        saveSettings.setText(getTranslation("common.save"));
        saveSettings.setId("save-settings");
        saveSettings.addThemeVariants(ButtonVariant.PRIMARY);
        saveSettings.addClickListener(e -> {
            settings.setMinAge(minAge.getValue() == null ? -1 : minAge.getValue());
            settings.setAttendanceThreshold(threshold.getValue() == null ? -1 : threshold.getValue());
            settings.setOutcomeCheckMonths(checkMonths.getValue());
            settings.setOutcomeGraceDays(graceDays.getValue() == null ? -1 : graceDays.getValue());
            SaveAction.of(this, fields).then(this::loadSettings).reloading(this::loadSettings)
                    .run(() -> courses.saveSettings(settings));
        });
        add(toolbar, grid, new H3(getTranslation("training.settings")), new FormLayout(minAge, threshold, checkMonths, graceDays),
                saveSettings);
    }

    private void loadSettings() {
        settings = courses.settings();
        minAge.setValue(settings.getMinAge());
        threshold.setValue(settings.getAttendanceThreshold());
        checkMonths.setValue(settings.getOutcomeCheckMonths());
        graceDays.setValue(settings.getOutcomeGraceDays());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.trainingAdmin");
    }
}
