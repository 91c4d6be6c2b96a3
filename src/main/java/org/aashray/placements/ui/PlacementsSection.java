package org.aashray.placements.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.residents.ResidentProfileSection;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/** The "Placements" tab of the resident profile: her continuous placement history. */
@org.springframework.stereotype.Component
class PlacementsSection implements ResidentProfileSection {

    private final PlacementService placements;
    private final HomeService homes;
    private final CurrentUser currentUser;

    PlacementsSection(PlacementService placements, HomeService homes, CurrentUser currentUser) {
        this.placements = placements;
        this.homes = homes;
        this.currentUser = currentUser;
    }

    @Override
    public String key() {
        return "placements";
    }

    @Override
    public String titleKey() {
        return "placements.tab";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public boolean isVisible() {
        return currentUser.has(Role.RECEPTION) || currentUser.has(Role.CARE_MANAGER) || currentUser.has(Role.COUNSELLOR)
                || currentUser.has(Role.MEDICAL) || currentUser.has(Role.TRAINER);
    }

    @Override
    public com.vaadin.flow.component.Component create(ResidentSummary resident) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        List<PlacementRecord> history = placements.history(resident.id());
        if (history.isEmpty()) {
            layout.add(new EmptyState(layout.getTranslation("placements.history.empty")));
            return layout;
        }
        Map<Long, HomeSummary> known = homes.accessibleHomes().stream().collect(Collectors.toMap(HomeSummary::id, Function.identity()));
        Grid<PlacementRecord> grid = new Grid<>();
        grid.setId("placement-history");
        grid.addColumn(p -> known.containsKey(p.homeId()) ? known.get(p.homeId()).code() : layout.getTranslation("placements.history.otherHome"))
                .setHeader(layout.getTranslation("placements.history.home"));
        grid.addColumn(p -> layout.getTranslation("homeType." + p.placementType())).setHeader(layout.getTranslation("placements.history.type"));
        grid.addColumn(p -> DateFormats.date(p.startDate())).setHeader(layout.getTranslation("placements.history.from"));
        grid.addColumn(p -> DateFormats.date(p.endDate())).setHeader(layout.getTranslation("placements.history.to"));
        grid.addColumn(p -> layout.getTranslation("placements.entry." + p.entryKind())
                        + (p.endKind() == null ? "" : " → " + (p.exitReason() != null ? layout.getTranslation("placements.exitReason." + p.exitReason())
                        : layout.getTranslation("placements.end." + p.endKind()))))
                .setHeader(layout.getTranslation("placements.history.what"));
        grid.addColumn(p -> DateFormats.date(p.expectedEnd())).setHeader(layout.getTranslation("placements.history.expectedEnd"));
        grid.addColumn(p -> p.detailed() ? join(p.orderNumber(), p.basisReason(), p.endReason(), p.exitDestination(), p.exitOrder(),
                p.informedDetails()) : "").setHeader(layout.getTranslation("placements.history.details")).setFlexGrow(2);
        grid.setItems(history); // one resident's history: a handful of rows
        grid.setAllRowsVisible(true);
        layout.add(grid);
        return layout;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
