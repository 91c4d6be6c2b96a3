package org.aashray.inspections.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.inspections.ActionItemRecord;
import org.aashray.inspections.ActionStatus;
import org.aashray.inspections.InspectionService;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/** A home's staff: the action items inspections asked for; the care manager records what was done. */
@Route("home-inspections")
@Menu(title = "nav.homeInspections", order = 58, icon = "vaadin:clipboard-text")
@RolesAllowed({"RECEPTION", "COUNSELLOR", "MEDICAL", "TRAINER", "CARE_MANAGER"})
public class HomeInspectionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ActionItemRecord> grid = new Grid<>();
    private final InspectionService service;
    private final List<Long> homeIds;

    public HomeInspectionsView(InspectionService service, CurrentHome currentHome, CurrentUser currentUser, Clock clock) {
        this.service = service;
        setSizeFull();
        homeIds = currentHome.get().map(HomeSummary::id).map(List::of).orElse(List.of());
        LocalDate today = LocalDate.now(clock);
        grid.setId("action-items");
        grid.addColumn(ActionItemRecord::description).setHeader(getTranslation("inspections.actionDescription")).setFlexGrow(3);
        grid.addColumn(ActionItemRecord::owner).setHeader(getTranslation("inspections.actionOwner")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span due = new Span(DateFormats.date(a.dueDate()));
            if (a.isOverdue(today)) {
                due.setText(getTranslation("inspections.overdueSince", DateFormats.date(a.dueDate())));
                due.addClassName("overdue");
            }
            return due;
        }).setHeader(getTranslation("inspections.actionDue")).setAutoWidth(true);
        grid.addColumn(a -> a.status() == ActionStatus.DONE ? getTranslation("inspections.status.DONE") + ": " + a.actionTaken()
                : getTranslation("inspections.status.OPEN")).setHeader(getTranslation("inspections.status")).setFlexGrow(2);
        if (currentUser.has(Role.CARE_MANAGER)) {
            grid.addComponentColumn(a -> {
                Button done = new Button(getTranslation("inspections.recordActionTaken"), e -> recordActionTaken(a));
                done.addThemeVariants(ButtonVariant.TERTIARY);
                done.setVisible(a.status() == ActionStatus.OPEN);
                return done;
            }).setAutoWidth(true);
        }
        grid.setEmptyStateText(getTranslation("inspections.emptyForHome"));
        add(grid);
        refresh();
    }

    private void recordActionTaken(ActionItemRecord item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inspections.recordActionTaken"));
        TextArea text = new TextArea(getTranslation("inspections.actionTaken"));
        text.setWidth("28rem");
        text.setMaxLength(2000);
        text.setId("action-taken");
        Button save = new Button(getTranslation("common.save"), e -> SaveAction.of(this, Map.of("actionTaken", text))
                .closing(dialog).then(this::refresh)
                .run(() -> service.recordActionTaken(item.id(), item.version(), text.getValue())));
        save.setId("save-action-taken");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
        text.focus();
    }

    private void refresh() {
        grid.setItems(service.actionItems(homeIds));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.homeInspections");
    }
}
