package org.aashray.counselling.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.counselling.CalendarScope;
import org.aashray.counselling.CounsellingService;
import org.aashray.counselling.SessionSummary;
import org.aashray.counselling.day.CounsellorDayService;
import org.aashray.counselling.day.ResidentDue;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeSummary;
import org.aashray.security.CurrentUser;

/**
 * A counsellor's day: today's sessions, residents of the home with no session for the configured number of
 * days, and past sessions whose attendance is still open. Each list is short by nature and bounded.
 */
@Route("counselling/today")
@Menu(title = "counselling.nav.today", order = 29, icon = "vaadin:clipboard-heart")
@RolesAllowed("COUNSELLOR")
public class CounsellorDayView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SessionSummary> todays = new Grid<>();
    final Grid<ResidentDue> without = new Grid<>();
    final Grid<SessionSummary> open = new Grid<>();

    public CounsellorDayView(CounsellingService counselling, CounsellorDayService day, CurrentHome currentHome,
                             CurrentUser currentUser, Clock clock) {
        setId("counsellor-day");
        HomeSummary home = currentHome.get().orElse(null);
        if (home == null) {
            add(new EmptyState(getTranslation("counselling.noHome")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        add(new H2(getTranslation("counselling.day.today", DateFormats.date(today))));
        todays.setId("today-sessions");
        todays.addColumn(s -> DateFormats.time(s.start().toLocalTime()) + "–" + DateFormats.time(s.end().toLocalTime()))
                .setHeader(getTranslation("counselling.session.time")).setAutoWidth(true);
        todays.addColumn(SessionSummary::residentNames).setHeader(getTranslation("counselling.session.residents"));
        todays.addColumn(s -> getTranslation("counselling.kind." + s.kind())).setHeader(getTranslation("counselling.session.kind"));
        todays.addColumn(s -> s.roomName() == null ? getTranslation("counselling.mode." + s.mode()) : s.roomName())
                .setHeader(getTranslation("counselling.session.room"));
        todays.setItems(counselling.calendar(CalendarScope.counsellor(currentUser.require().id()), today.atStartOfDay(),
                today.plusDays(1).atStartOfDay()));
        todays.setEmptyStateText(getTranslation("counselling.day.noneToday"));
        todays.setAllRowsVisible(true);
        add(todays);

        add(new H2(getTranslation("counselling.day.without")));
        without.setId("residents-without-session");
        without.addColumn(ResidentDue::name).setHeader(getTranslation("counselling.resident"));
        without.addColumn(r -> r.lastSession() == null ? getTranslation("counselling.day.never") : DateFormats.date(r.lastSession()))
                .setHeader(getTranslation("counselling.day.lastSession"));
        without.addColumn(r -> DateFormats.date(r.admittedOn())).setHeader(getTranslation("counselling.day.admitted"));
        List<ResidentDue> due = day.residentsWithoutSession(home.id());
        without.setItems(due);
        without.setEmptyStateText(getTranslation("counselling.day.everyoneSeen"));
        without.setAllRowsVisible(true);
        without.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("counselling?resident=" + e.getItem().residentId())));
        add(without);

        add(new H2(getTranslation("counselling.day.open")));
        open.setId("attendance-open");
        open.addColumn(s -> DateFormats.dateTime(s.start())).setHeader(getTranslation("counselling.session.date"));
        open.addColumn(SessionSummary::residentNames).setHeader(getTranslation("counselling.session.residents"));
        open.addColumn(SessionSummary::counsellorName).setHeader(getTranslation("counselling.counsellor"));
        open.setItems(day.attendanceNotRecorded(0, 100).stream().filter(s -> s.homeId() == home.id()).toList());
        open.setEmptyStateText(getTranslation("counselling.day.allRecorded"));
        open.setAllRowsVisible(true);
        open.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("counselling")));
        add(open);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counselling.nav.today");
    }
}
