package org.aashray.inspections.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import org.aashray.inspections.ActionItem;
import org.aashray.inspections.ActionStatus;
import org.aashray.inspections.Inspection;
import org.aashray.inspections.InspectionService;

/** An inspection's findings and action items, read-only. */
class InspectionDetails extends Div {

    InspectionDetails(InspectionService service, Inspection inspection) {
        addClassName("inspection-details");
        if (inspection.getSummary() != null) {
            add(new Paragraph(inspection.getSummary()));
        }
        UnorderedList findings = new UnorderedList();
        inspection.getFindings().forEach(f -> findings.add(new ListItem(getTranslation("inspections.area." + f.getArea())
                + ": " + getTranslation("inspections.rating." + f.getRating())
                + (f.getNote() == null || f.getNote().isBlank() ? "" : " — " + f.getNote()))));
        add(new H4(getTranslation("inspections.checklist")), findings);
        UnorderedList actions = new UnorderedList();
        for (ActionItem a : service.actionItemsOf(inspection.getId())) {
            String state = a.getStatus() == ActionStatus.DONE
                    ? getTranslation("inspections.doneOn", a.getDoneOn().format(DateTimeFormatter.ofPattern("dd MMM yyyy")))
                    : getTranslation("inspections.dueOn", a.getDueDate().format(DateTimeFormatter.ofPattern("dd MMM yyyy")));
            actions.add(new ListItem(a.getDescription() + " (" + a.getOwner() + ") · " + state));
        }
        add(new H4(getTranslation("inspections.actions")), actions);
    }
}
