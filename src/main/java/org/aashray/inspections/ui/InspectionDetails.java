package org.aashray.inspections.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.aashray.base.i18n.DateFormats;
import org.aashray.inspections.ActionItemRecord;
import org.aashray.inspections.ActionStatus;
import org.aashray.inspections.InspectionRecord;
import org.aashray.inspections.InspectionService;

/** An inspection's findings and action items, read-only. */
class InspectionDetails extends Div {

    InspectionDetails(InspectionService service, InspectionRecord inspection) {
        addClassName("inspection-details");
        if (inspection.summary() != null) {
            add(new Paragraph(inspection.summary()));
        }
        UnorderedList findings = new UnorderedList();
        inspection.findings().forEach(f -> findings.add(new ListItem(getTranslation("inspections.area." + f.area())
                + ": " + getTranslation("inspections.rating." + f.rating())
                + (f.note() == null || f.note().isBlank() ? "" : " — " + f.note()))));
        add(new H4(getTranslation("inspections.checklist")), findings);
        UnorderedList actions = new UnorderedList();
        for (ActionItemRecord a : service.actionItemsOf(inspection.id())) {
            String state = a.status() == ActionStatus.DONE
                    ? getTranslation("inspections.doneOn", DateFormats.date(a.doneOn()))
                    : getTranslation("inspections.dueOn", DateFormats.date(a.dueDate()));
            actions.add(new ListItem(a.description() + " (" + a.owner() + ") · " + state));
        }
        add(new H4(getTranslation("inspections.actions")), actions);
    }
}
