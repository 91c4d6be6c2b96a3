package org.aashray.medical.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.schedule.ui.CalendarEntry;
import org.aashray.base.schedule.ui.ScheduleCalendar;
import org.aashray.base.ui.EmptyState;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.medical.AppointmentStatus;
import org.aashray.medical.AppointmentSummary;
import org.aashray.medical.MedicalService;
import org.aashray.medical.healthchecks.HealthCheckService;
import org.aashray.medical.healthchecks.HealthCheckSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * Admission health checks still to do (overdue first), and the home's appointments on the shared calendar:
 * clicking a free slot books one (medical staff), clicking an appointment opens it.
 */
@Route("medical")
@Menu(title = "medical.nav", order = 35, icon = "vaadin:doctor")
@RolesAllowed({"MEDICAL", "CARE_MANAGER"})
public class MedicalView extends VerticalLayout implements HasDynamicTitle {

    final Grid<HealthCheckSummary> checks = new Grid<>();
    final Select<ScheduleCalendar.Mode> mode = new Select<>();
    final ScheduleCalendar calendar;
    private final MedicalService medical;
    private final HealthCheckService healthChecks;
    private final ResidentDirectory directory;
    private final HomeSummary home;
    private final boolean mayEdit;
    private final Clock clock;

    public MedicalView(MedicalService medical, HealthCheckService healthChecks, ResidentDirectory directory, CurrentHome currentHome,
                       CurrentUser currentUser, Clock clock) {
        this.medical = medical;
        this.healthChecks = healthChecks;
        this.directory = directory;
        this.clock = clock;
        this.mayEdit = currentUser.has(Role.MEDICAL);
        setId("medical-view");
        home = currentHome.get().orElse(null);
        calendar = new ScheduleCalendar(LocalDate.now(clock), this::entries);
        calendar.setId("medical-calendar");
        if (home == null) {
            add(new EmptyState(getTranslation("medical.noHome")));
            return;
        }
        add(new H2(getTranslation("medical.checks.title")));
        checks.setId("open-health-checks");
        checks.addColumn(HealthCheckSummary::residentName).setHeader(getTranslation("medical.resident"));
        checks.addColumn(c -> DateFormats.dateTime(c.dueAt())).setHeader(getTranslation("medical.check.due"));
        checks.addColumn(c -> c.overdue() ? getTranslation("medical.check.overdue") : getTranslation("medical.check.open"))
                .setHeader(getTranslation("medical.appointment.status"));
        checks.setEmptyStateText(getTranslation("medical.checks.none"));
        checks.setAllRowsVisible(true);
        if (mayEdit) checks.addItemClickListener(e -> new HealthCheckDialog(healthChecks, e.getItem(), this::refresh).open());
        add(checks);

        add(new H2(getTranslation("medical.appointments")));
        calendar.setHours(LocalTime.of(8, 0), LocalTime.of(18, 0));
        if (mayEdit) { // a care manager's free half-hours are not buttons
            calendar.onSlotClick(slot -> new AppointmentDialog(medical, directory, home.id(), slot, null, true, this::refresh).open());
        }
        calendar.onEntryClick(e -> new AppointmentDialog(medical, directory, home.id(), null,
                medical.get(Long.parseLong(e.id())), mayEdit, this::refresh).open());
        mode.setLabel(getTranslation("medical.view"));
        mode.setItems(ScheduleCalendar.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("medical.mode.view." + m));
        mode.setValue(ScheduleCalendar.Mode.WEEK);
        mode.addValueChangeListener(e -> calendar.show(e.getValue(), calendar.getDate()));
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> calendar.step(-1));
        previous.setAriaLabel(getTranslation("medical.previous"));
        Button today = new Button(getTranslation("medical.today"), e -> calendar.show(mode.getValue(), LocalDate.now(clock)));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> calendar.step(1));
        next.setAriaLabel(getTranslation("medical.next"));
        Div toolbar = new Div(mode, previous, today, next);
        toolbar.addClassName("calendar-toolbar");
        add(toolbar, calendar);
        refresh();
    }

    private void refresh() {
        checks.setItems(healthChecks.openHealthChecks(200).stream().filter(c -> c.homeId() == home.id()).toList());
        calendar.refresh();
    }

    private List<CalendarEntry> entries(LocalDateTime from, LocalDateTime to) {
        if (home == null) return List.of();
        return medical.calendar(home.id(), null, from, to).stream().map(this::entry).toList();
    }

    private CalendarEntry entry(AppointmentSummary a) {
        String variant = a.status() == AppointmentStatus.CANCELLED ? "cancelled" : a.status() == AppointmentStatus.PLANNED ? "medical" : "done";
        return new CalendarEntry(String.valueOf(a.id()), a.start(), a.end(), a.residentName(),
                getTranslation("medical.kind." + a.kind()) + " · " + a.place(), variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("medical.nav");
    }
}
