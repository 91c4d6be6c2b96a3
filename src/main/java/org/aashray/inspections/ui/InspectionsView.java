package org.aashray.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionRecord;
import org.aashray.inspections.InspectionService;

/** District officials: inspections of the homes in their districts, and recording a new one. */
@Route("inspections")
@Menu(title = "nav.inspections", order = 60, icon = "vaadin:clipboard-check")
@RolesAllowed({"DISTRICT_OFFICIAL", "ADMIN"})
public class InspectionsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<HomeSummary> home = new ComboBox<>();
    final Button record = new Button();
    final Grid<InspectionRecord> grid = new Grid<>();
    private final InspectionService service;
    private final Map<Long, HomeSummary> homesById;

    public InspectionsView(InspectionService service, Clock clock) {
        this.service = service;
        setSizeFull();
        List<HomeSummary> homes = service.inspectableHomes();
        homesById = homes.stream().collect(Collectors.toMap(HomeSummary::id, Function.identity()));
        home.setLabel(getTranslation("inspections.home"));
        home.setItems(homes);
        home.setItemLabelGenerator(h -> h.name() + " · " + h.districtName());
        home.setWidth("24rem");
        home.setId("inspection-home");
        record.setText(getTranslation("inspections.record"));
        record.setId("record-inspection");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        record.setEnabled(false);
        home.addValueChangeListener(e -> record.setEnabled(e.getValue() != null));
        record.addClickListener(e -> new InspectionForm(service, home.getValue(), clock, this::refresh).open());

        grid.setId("inspections-grid");
        grid.addColumn(i -> DateFormats.date(i.visitDate()))
                .setHeader(getTranslation("inspections.visitDate")).setAutoWidth(true);
        grid.addColumn(i -> homesById.containsKey(i.homeId()) ? homesById.get(i.homeId()).name() : "")
                .setHeader(getTranslation("inspections.home")).setFlexGrow(2);
        grid.addColumn(InspectionRecord::inspectors).setHeader(getTranslation("inspections.inspectors")).setFlexGrow(2);
        grid.addColumn(i -> i.findings().stream().filter(f -> f.rating() != FindingRating.SATISFACTORY).count())
                .setHeader(getTranslation("inspections.concerns")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(i -> new InspectionDetails(service, i)));
        grid.setEmptyStateText(getTranslation("inspections.emptyForOfficial"));
        HorizontalLayout toolbar = new HorizontalLayout(home, record);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.inspections(homesById.keySet(), 200));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspections");
    }
}
