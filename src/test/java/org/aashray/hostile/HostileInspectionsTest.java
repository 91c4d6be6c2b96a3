package org.aashray.hostile;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.TextInput;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.ActionItemRecord;
import org.aashray.inspections.Finding;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionArea;
import org.aashray.inspections.InspectionService;
import org.aashray.inspections.NewInspection;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in an inspection visit recorded by ADMIN for the tests' own home: the visit, each
 * area's finding note and an action item.
 */
@AashrayIntegrationTest
class HostileInspectionsTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired InspectionService inspections;
    @Autowired CurrentHome currentHome;

    private long homeId;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
    }

    @Override
    protected List<Form> forms() {
        return List.of(new Form("inspection visit, findings and action item (admin)", "admin", this::inspection,
                        "inspections,inspection_findings,inspection_actions"),
                new Form("action taken (care manager)", HostileFixture.USER, this::actionTaken, "inspection_actions"));
    }

    /** Inspections trim what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    /** An open action item of a new inspection (recorded as the application); each one done is closed. */
    @SuppressWarnings("unchecked")
    private Opened actionTaken() {
        List<Finding> findings = java.util.Arrays.stream(InspectionArea.values())
                .map(a -> new Finding(a, FindingRating.SATISFACTORY, null)).toList();
        String description = "Hostile action item " + counter.incrementAndGet();
        SystemAuthentication.run(() -> inspections.record(new NewInspection(homeId, LocalDate.now(), "Hostile Inspector", null,
                findings, List.of(new NewInspection.NewAction(description, "Hostile owner", LocalDate.now().plusDays(30))))));
        currentHome.select(homeId);
        open("home-inspections");
        Grid<ActionItemRecord> grid = (Grid<ActionItemRecord>) byId("action-items");
        List<ActionItemRecord> items = grid.getListDataView().getItems().toList();
        int row = items.indexOf(items.stream().filter(a -> description.equals(a.description())).findFirst().orElseThrow());
        ((Button) test(grid).getCellComponent(row, grid.getColumns().size() - 1)).click();
        Dialog dialog = openDialog();
        return new Opened(dialog, (Button) byId("save-action-taken"), () -> !dialog.isOpened());
    }

    @SuppressWarnings("unchecked")
    private Opened inspection() {
        open("inspections");
        ComboBox<HomeSummary> home = (ComboBox<HomeSummary>) get(currentView(), "home");
        home.setValue(home.getListDataView().getItems().filter(h -> h.id() == homeId).findFirst().orElseThrow());
        test((Button) byId("record-inspection")).click();
        Dialog dialog = openDialog();
        fill(dialog, "inspection-inspectors", "Hostile Inspector " + counter.incrementAndGet());
        ((Map<InspectionArea, Select<FindingRating>>) get(dialog, "ratings")).values()
                .forEach(s -> s.setValue(FindingRating.SATISFACTORY));
        test((Button) byId("add-action")).click();
        fill(dialog, t("inspections.actionDescription"), "Hostile action");
        fill(dialog, t("inspections.actionOwner"), "Hostile owner");
        fill(dialog, t("inspections.actionDue"), LocalDate.now().plusDays(30));
        return new Opened(dialog, (Button) get(dialog, "save"), () -> !dialog.isOpened());
    }

}
