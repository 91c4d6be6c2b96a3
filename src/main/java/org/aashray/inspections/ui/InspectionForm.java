package org.aashray.inspections.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.Finding;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionArea;
import org.aashray.inspections.InspectionService;
import org.aashray.inspections.NewInspection;

/** Record one inspection visit: every checklist area rated, and any number of action items. */
class InspectionForm extends Dialog {

    final DatePicker visitDate = DateFormats.apply(new DatePicker());
    final TextField inspectors = new TextField();
    final TextArea summary = new TextArea();
    final Map<InspectionArea, Select<FindingRating>> ratings = new EnumMap<>(InspectionArea.class);
    final Map<InspectionArea, TextField> notes = new EnumMap<>(InspectionArea.class);
    final List<ActionRow> actionRows = new ArrayList<>();
    final Button addAction = new Button();
    final Button save = new Button();
    private final VerticalLayout actionsBox = new VerticalLayout();
    private final LocalDate today;

    record ActionRow(TextField description, TextField owner, DatePicker dueDate) {
    }

    InspectionForm(InspectionService service, HomeSummary home, Clock clock, Runnable afterSave) {
        today = LocalDate.now(clock);
        setHeaderTitle(getTranslation("inspections.recordFor", home.name()));
        setWidth("min(56rem, 96vw)");
        visitDate.setLabel(getTranslation("inspections.visitDate"));
        visitDate.setValue(today);
        visitDate.setMax(today);
        visitDate.setId("inspection-date");
        inspectors.setLabel(getTranslation("inspections.inspectors"));
        inspectors.setHelperText(getTranslation("inspections.inspectorsHelp"));
        inspectors.setId("inspection-inspectors");
        inspectors.setMaxLength(300); // as InspectionService allows
        summary.setMaxLength(2000);
        summary.setLabel(getTranslation("inspections.summary"));
        FormLayout head = new FormLayout(visitDate, inspectors, summary);
        head.setColspan(summary, 2);

        FormLayout checklist = new FormLayout();
        checklist.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        for (InspectionArea area : InspectionArea.values()) {
            Select<FindingRating> rating = new Select<>();
            rating.setLabel(getTranslation("inspections.area." + area));
            rating.setItems(FindingRating.values());
            rating.setItemLabelGenerator(r -> getTranslation("inspections.rating." + r));
            rating.setId("rating-" + area.name().toLowerCase());
            TextField note = new TextField(getTranslation("inspections.note"));
            note.setMaxLength(1000);
            note.setId("note-" + area.name().toLowerCase());
            ratings.put(area, rating);
            notes.put(area, note);
            checklist.add(rating, note);
        }

        addAction.setText(getTranslation("inspections.addAction"));
        addAction.setId("add-action");
        addAction.addClickListener(e -> addActionRow());
        actionsBox.setPadding(false);

        add(head, new H4(getTranslation("inspections.checklist")), checklist,
                new H4(getTranslation("inspections.actions")), actionsBox, addAction);

        save.setText(getTranslation("common.save"));
        save.setId("save-inspection");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> SaveAction.of(this, fields()).success("inspections.saved").closing(this).then(afterSave)
                .run(() -> service.record(entered(home))));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        inspectors.focus();
    }

    ActionRow addActionRow() {
        TextField description = new TextField(getTranslation("inspections.actionDescription"));
        description.setWidth("22rem");
        description.setMaxLength(1000);
        TextField owner = new TextField(getTranslation("inspections.actionOwner"));
        owner.setMaxLength(120);
        DatePicker due = DateFormats.apply(new DatePicker(getTranslation("inspections.actionDue")));
        due.setValue(today.plusDays(30));
        ActionRow row = new ActionRow(description, owner, due);
        actionRows.add(row);
        HorizontalLayout line = new HorizontalLayout(description, owner, due);
        line.setWrap(true);
        actionsBox.add(line);
        description.focus();
        return row;
    }

    private NewInspection entered(HomeSummary home) {
        return new NewInspection(home.id(), visitDate.getValue(), inspectors.getValue(), summary.getValue(), findings(),
                actionRows.stream().map(r -> new NewInspection.NewAction(r.description().getValue(), r.owner().getValue(),
                        r.dueDate().getValue())).toList());
    }

    private List<Finding> findings() {
        List<Finding> list = new ArrayList<>();
        ratings.forEach((area, rating) -> list.add(new Finding(area, rating.getValue(), notes.get(area).getValue())));
        return list;
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("visitDate", visitDate);
        fields.put("inspectors", inspectors);
        fields.put("summary", summary);
        ratings.forEach((area, rating) -> fields.put("finding." + area, rating));
        for (int i = 0; i < actionRows.size(); i++) {
            fields.put("action." + i + ".description", actionRows.get(i).description());
            fields.put("action." + i + ".owner", actionRows.get(i).owner());
            fields.put("action." + i + ".dueDate", actionRows.get(i).dueDate());
        }
        return fields;
    }
}
