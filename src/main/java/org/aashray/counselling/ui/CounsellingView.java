package org.aashray.counselling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.schedule.ui.CalendarEntry;
import org.aashray.base.schedule.ui.ScheduleCalendar;
import org.aashray.base.ui.AddressedRecord;
import org.aashray.base.ui.EmptyState;
import org.aashray.counselling.Attendance;
import org.aashray.counselling.CalendarScope;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.records.SessionRecordService;
import org.aashray.counselling.settings.CounsellingSettings;
import org.aashray.counselling.settings.CounsellingSettingsService;
import org.aashray.homes.BedService;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.homes.RoomSummary;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentPicker;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * The counselling calendar of the current home: my sessions, one counsellor's, one resident's or the whole
 * home's, as a day, week, month or list. Clicking a free half-hour books it; clicking a session opens it.
 * {@code ?resident=<id>} opens a resident's calendar (the profile tab links here).
 */
@Route("counselling")
@Menu(title = "counselling.nav.calendar", order = 30, icon = "vaadin:calendar-user")
@RolesAllowed({"COUNSELLOR", "CARE_MANAGER"})
public class CounsellingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    enum Show { MINE, COUNSELLOR, RESIDENT, HOME }

    final Select<Show> show = new Select<>();
    final Select<Map.Entry<Long, String>> counsellor = new Select<>();
    final ComboBox<ResidentSummary> resident = new ComboBox<>();
    final Select<ScheduleCalendar.Mode> mode = new Select<>();
    final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    final Button today = new Button();
    final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    final Button book = new Button();
    final Span range = new Span();
    final ScheduleCalendar calendar;

    private final CounsellingService counselling;
    private final SessionRecordService records;
    private final ResidentDirectory directory;
    private final CurrentUser currentUser;
    private final List<RoomSummary> rooms;
    private final HomeSummary home;
    private final boolean mayBook;
    private final Clock clock;

    public CounsellingView(CounsellingService counselling, SessionRecordService records, CounsellingSettingsService settings,
                           ResidentDirectory directory, BedService beds, CurrentHome currentHome, CurrentUser currentUser, Clock clock) {
        this.counselling = counselling;
        this.records = records;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.mayBook = currentUser.has(Role.COUNSELLOR);
        setId("counselling-view");
        home = currentHome.get().orElse(null);
        calendar = new ScheduleCalendar(LocalDate.now(clock), this::entries);
        calendar.setId("counselling-calendar");
        if (home == null) {
            rooms = List.of();
            add(new EmptyState(getTranslation("counselling.noHome")));
            return;
        }
        rooms = beds.rooms(home.id());
        CounsellingSettings hours = settings.effective(home.id());
        calendar.setHours(hours.getDayStart(), hours.getDayEnd());

        show.setLabel(getTranslation("counselling.show"));
        show.setItems(mayBook ? Show.values() : new Show[] {Show.HOME, Show.COUNSELLOR, Show.RESIDENT});
        show.setItemLabelGenerator(s -> getTranslation("counselling.show." + s));
        show.setValue(mayBook ? Show.MINE : Show.HOME);
        show.setId("calendar-show");
        counsellor.setLabel(getTranslation("counselling.counsellor"));
        counsellor.setItems(List.copyOf(counselling.counsellors(home.id()).entrySet()));
        counsellor.setItemLabelGenerator(Map.Entry::getValue);
        counsellor.setId("calendar-counsellor");
        resident.setLabel(getTranslation("counselling.resident"));
        ResidentPicker.configure(resident, directory, home.id());
        resident.setId("calendar-resident");
        mode.setLabel(getTranslation("counselling.view"));
        mode.setItems(ScheduleCalendar.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("counselling.mode.view." + m));
        mode.setValue(ScheduleCalendar.Mode.WEEK);
        mode.setId("calendar-mode");
        previous.setAriaLabel(getTranslation("counselling.previous"));
        previous.setId("calendar-previous");
        next.setAriaLabel(getTranslation("counselling.next"));
        next.setId("calendar-next");
        today.setText(getTranslation("counselling.today"));
        range.addClassName("muted");
        range.setId("calendar-range");
        book.setText(getTranslation("counselling.session.new"));
        book.addThemeVariants(ButtonVariant.PRIMARY);
        book.setId("calendar-book");
        book.setVisible(mayBook);

        show.addValueChangeListener(e -> { updateFilters(); refresh(); });
        counsellor.addValueChangeListener(e -> refresh());
        resident.addValueChangeListener(e -> refresh());
        mode.addValueChangeListener(e -> { calendar.show(e.getValue(), calendar.getDate()); updateRange(); });
        previous.addClickListener(e -> { calendar.step(-1); updateRange(); });
        next.addClickListener(e -> { calendar.step(1); updateRange(); });
        today.addClickListener(e -> { calendar.show(mode.getValue(), LocalDate.now(clock)); updateRange(); });
        book.addClickListener(e -> openNew(LocalDate.now(clock).plusDays(1).atTime(hours.getDayStart())));
        if (mayBook) calendar.onSlotClick(this::openNew); // a care manager's free half-hours are not buttons
        calendar.onEntryClick(this::open);

        Div toolbar = new Div(show, counsellor, resident, mode, previous, today, next, range, book);
        toolbar.addClassName("calendar-toolbar");
        add(toolbar, calendar);
        updateFilters();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (home == null) return;
        event.getLocation().getQueryParameters().getSingleParameter("resident").flatMap(AddressedRecord::id)
                .flatMap(directory::find).filter(r -> r.homeId() == home.id()).ifPresent(r -> {
                    show.setValue(Show.RESIDENT);
                    resident.setValue(r);
                });
        refresh();
    }

    private void updateFilters() {
        counsellor.setVisible(show.getValue() == Show.COUNSELLOR);
        resident.setVisible(show.getValue() == Show.RESIDENT);
    }

    void refresh() {
        calendar.show(mode.getValue(), calendar.getDate());
        updateRange();
    }

    private void updateRange() {
        range.setText(DateFormats.date(calendar.firstDay()) + " – " + DateFormats.date(calendar.endDay().minusDays(1)));
    }

    private CalendarScope scope() {
        return switch (show.getValue()) {
            case MINE -> CalendarScope.counsellor(currentUser.require().id());
            case COUNSELLOR -> counsellor.getValue() == null ? null : CalendarScope.counsellor(counsellor.getValue().getKey());
            case RESIDENT -> resident.getValue() == null ? null : CalendarScope.resident(resident.getValue().id());
            case HOME -> CalendarScope.home(home.id());
        };
    }

    private List<CalendarEntry> entries(LocalDateTime from, LocalDateTime to) {
        CalendarScope scope = home == null ? null : scope();
        if (scope == null) return List.of();
        return counselling.calendar(scope, from, to).stream().map(this::entry).toList();
    }

    private CalendarEntry entry(SessionSummary s) {
        String variant = s.attendance() == Attendance.CANCELLED ? "cancelled" : s.attendance() != null ? "done"
                : s.end().isBefore(LocalDateTime.now(clock)) ? "pending" : "counselling";
        String detail = getTranslation("counselling.kind." + s.kind())
                + (s.roomName() == null ? "" : " · " + s.roomName())
                + (show.getValue() == Show.MINE ? "" : " · " + s.counsellorName());
        return new CalendarEntry(String.valueOf(s.id()), s.start(), s.end(), s.residentNames(), detail, variant);
    }

    private void openNew(LocalDateTime slot) {
        if (!mayBook) return;
        Long preselected = show.getValue() == Show.RESIDENT && resident.getValue() != null ? resident.getValue().id() : null;
        new SessionDialog(counselling, records, directory, rooms, home.id(), slot, null, preselected, true, this::refresh).open();
    }

    private void open(CalendarEntry entry) {
        SessionSummary s = counselling.get(Long.parseLong(entry.id()));
        new SessionDialog(counselling, records, directory, rooms, s.homeId(), null, s, null, mayBook, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselling.nav.calendar");
    }
}
