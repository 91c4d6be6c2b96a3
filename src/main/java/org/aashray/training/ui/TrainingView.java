package org.aashray.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.GridFit;
import org.aashray.base.ui.EmptyState;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.training.OutcomeCheck;
import org.aashray.training.OutcomeService;
import org.aashray.training.courses.Batch;
import org.aashray.training.courses.BatchService;
import org.aashray.training.courses.BatchSummary;
import org.aashray.training.courses.CourseService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The batches of the home you work in, and the outcome checks that are due. */
@Route("training")
@Menu(title = "nav.training", order = 40, icon = "vaadin:academy-cap")
@RolesAllowed({"TRAINER", "CARE_MANAGER"})
public class TrainingView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BatchSummary> grid = new Grid<>();
    final Grid<OutcomeCheck> due = new Grid<>();
    final Button newBatch = new Button();
    private final BatchService batches;

    public TrainingView(BatchService batches, CourseService courses, OutcomeService outcomes, ResidentDirectory directory,
                        CurrentHome currentHome, Clock clock) {
        this.batches = batches;
        setSizeFull();
        HomeSummary home = currentHome.get().orElse(null);
        if (home == null) {
            add(new EmptyState(getTranslation("dashboard.noHomes")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        newBatch.setText(getTranslation("training.batch.new"));
        newBatch.setId("new-batch");
        newBatch.addThemeVariants(ButtonVariant.PRIMARY);
        newBatch.addClickListener(e -> {
            Batch b = new Batch();
            b.setHomeId(home.id());
            new BatchForm(batches, courses, b, saved -> getUI().ifPresent(ui -> ui.navigate(BatchView.class, saved.id()))).open();
        });
        Button dashboard = new Button(getTranslation("training.dashboard.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(TrainingDashboardView.class)));
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("training.batches", home.name())), dashboard, newBatch);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.expand(toolbar.getComponentAt(0));

        grid.setId("batches-grid");
        GridFit.wrap(grid);
        GridFit.from(grid.addColumn(BatchSummary::courseName).setHeader(getTranslation("training.course")), "8rem", 2);
        GridFit.from(grid.addColumn(Labels::dates).setHeader(getTranslation("training.dates")).setSortProperty("startDate"), "6.5rem");
        GridFit.from(grid.addColumn(Labels::timetable).setHeader(getTranslation("training.timetable")), "7rem");
        GridFit.from(grid.addColumn(BatchSummary::provider).setHeader(getTranslation("training.provider")), "8rem", 2);
        GridFit.from(grid.addColumn(b -> getTranslation("training.seats", b.seated(), b.capacity())
                + (b.waitlisted() > 0 ? " · " + getTranslation("training.waiting", b.waitlisted()) : ""))
                .setHeader(getTranslation("training.capacity")), "6rem");
        GridFit.from(grid.addColumn(b -> getTranslation(b.isRunning(today) ? "training.status.RUNNING" : "training.status." + b.status()))
                .setHeader(getTranslation("training.status")), "5.5rem");
        grid.setItemsPageable(p -> batches.batches(home.id(), PageRequest.of(p.getPageNumber(), p.getPageSize(),
                p.getSort().isSorted() ? p.getSort() : Sort.by(Sort.Direction.DESC, "startDate"))));
        grid.setEmptyStateText(getTranslation("training.batches.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BatchView.class, e.getItem().id())));

        due.setId("due-checks");
        GridFit.wrap(due);
        GridFit.from(due.addColumn(c -> directory.find(c.residentId()).map(ResidentSummary::name).orElse("—"))
                .setHeader(getTranslation("training.trainee")), "8rem", 2);
        GridFit.from(due.addColumn(OutcomeCheck::course).setHeader(getTranslation("training.course")), "8rem", 2);
        GridFit.from(due.addColumn(c -> getTranslation("training.outcome.check", c.monthsAfter()))
                .setHeader(getTranslation("training.outcome.checkMonth")), "7rem");
        GridFit.from(due.addColumn(c -> DateFormats.date(c.dueOn())).setHeader(getTranslation("training.outcome.dueOn")), "6rem");
        GridFit.from(due.addColumn(c -> c.overdue() ? getTranslation("training.outcome.overdue") : "").setHeader(""), "5.5rem");
        List<OutcomeCheck> checks = outcomes.dueChecks().stream().filter(c -> c.homeId() == home.id()).toList();
        due.setItems(checks);
        due.setAllRowsVisible(true);
        due.setEmptyStateText(getTranslation("training.outcome.noneDue"));
        due.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("resident/" + e.getItem().residentId())));
        add(toolbar, grid, new H2(getTranslation("training.outcome.dueTitle")), due);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.training");
    }
}
