package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.aashray.base.TextInput;
import org.aashray.homes.CurrentHome;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in training: ADMIN's course dialog and training settings, and a trainer's batch form
 * (for the tests' own home, one week per batch so no batch clashes with another).
 */
@AashrayIntegrationTest
class HostileTrainingTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired CurrentHome currentHome;

    private long homeId;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
    }

    @Override
    protected List<Form> forms() {
        return List.of(
                new Form("training course (admin)", "admin", this::course, "training_courses"),
                new Form("training settings (admin)", "admin", this::settings, "training_settings"),
                new Form("training batch", HostileFixture.USER, this::batch, "training_batches"));
    }

    /** Training trims what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private Opened course() {
        open("admin/training");
        test((Button) byId("add-course")).click();
        Dialog dialog = openDialog();
        fill(dialog, "course-name", "Hostile course " + counter.incrementAndGet());
        fill(dialog, "hours", 40);
        fill(dialog, "weeks", 4);
        chooseFirst(get(dialog, "literacy"));
        chooseFirst(get(dialog, "delivery"));
        return new Opened(dialog, (Button) byId("save-course"), () -> !dialog.isOpened());
    }

    private Opened settings() {
        open("admin/training");
        Component view = currentView();
        return new Opened(view, (Button) byId("save-settings"), this::savedNotice);
    }

    @SuppressWarnings("unchecked")
    private Opened batch() {
        currentHome.select(homeId);
        open("training");
        test((Button) byId("new-batch")).click();
        Dialog dialog = openDialog();
        chooseFirst(get(dialog, "course"));
        fill(dialog, "batch-provider", "Hostile Institute");
        fill(dialog, "batch-venue", "Hostile hall");
        LocalDate start = LocalDate.now().plusWeeks(1 + counter.incrementAndGet() % 90);
        fill(dialog, "batch-start", start);
        fill(dialog, "batch-end", start.plusDays(6));
        ((CheckboxGroup<DayOfWeek>) get(dialog, "days")).setValue(EnumSet.allOf(DayOfWeek.class));
        ((TimePicker) get(dialog, "startTime")).setValue(LocalTime.of(10, 0));
        ((TimePicker) get(dialog, "endTime")).setValue(LocalTime.of(12, 0));
        fill(dialog, "batch-capacity", 10);
        chooseFirst(get(dialog, "feePayer"));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

}
