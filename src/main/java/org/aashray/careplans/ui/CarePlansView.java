package org.aashray.careplans.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.aashray.base.i18n.DateFormats;
import org.aashray.careplans.CarePlanDue;
import org.aashray.careplans.CarePlanService;

/** Care plans due within two weeks or overdue, and reviews falling due: click one to open the resident's plan. */
@Route("careplans")
@Menu(title = "careplans.nav", order = 32, icon = "vaadin:clipboard-check")
@RolesAllowed({"COUNSELLOR", "CARE_MANAGER"})
public class CarePlansView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CarePlanDue> grid = new Grid<>();

    public CarePlansView(CarePlanService plans) {
        setId("careplans-view");
        add(new Paragraph(getTranslation("careplans.list.intro")));
        grid.setId("careplans-due");
        grid.addColumn(CarePlanDue::residentName).setHeader(getTranslation("careplans.resident"));
        grid.addColumn(CarePlanDue::caseNumber).setHeader(getTranslation("careplans.caseNumber"));
        grid.addColumn(d -> getTranslation("careplans.due." + d.kind())).setHeader(getTranslation("careplans.what"));
        grid.addColumn(d -> DateFormats.date(d.date())).setHeader(getTranslation("careplans.dueOn"));
        grid.addColumn(d -> d.overdue() ? getTranslation("careplans.overdue") : "").setHeader("");
        grid.setItems(plans.due(14, 500));
        grid.setEmptyStateText(getTranslation("careplans.list.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("resident/" + e.getItem().residentId())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("careplans.nav");
    }
}
