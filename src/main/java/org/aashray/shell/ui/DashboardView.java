package org.aashray.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.aashray.alerts.AlertInbox;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.EmptyState;
import org.aashray.homes.HomeDashboardCard;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * The first page after login: who you are, the homes you work for and their beds. District officials see
 * only counts for their districts. Features add their own figures here as they land.
 */
@Route("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:home")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final List<HomeDashboardCard> contributions;

    public DashboardView(CurrentUser currentUser, HomeService homes, AlertInbox alerts, Clock clock,
                         List<HomeDashboardCard> contributions) {
        this.contributions = contributions;
        addClassName("dashboard");
        AashrayUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("dashboard.greeting", user.displayName()));
        greeting.setId("dashboard-greeting");
        String roles = user.roles().stream().map(r -> getTranslation("role." + r.name()))
                .sorted().collect(Collectors.joining(", "));
        Paragraph who = new Paragraph(getTranslation("dashboard.roles", roles) + " · "
                + DateFormats.date(LocalDate.now(clock), getLocale()));
        who.addClassName("muted");
        add(greeting, who);

        add(overdueAlerts(alerts, user.has(Role.DISTRICT_OFFICIAL) && user.roles().size() == 1));
        List<HomeSummary> myHomes = homes.accessibleHomes();
        if (user.has(Role.ADMIN)) {
            add(adminFigures(myHomes));
        } else if (user.has(Role.DISTRICT_OFFICIAL)) {
            add(districtFigures(myHomes));
        }
        if (!user.has(Role.ADMIN) && !user.has(Role.DISTRICT_OFFICIAL)) {
            add(new H3(getTranslation("dashboard.myHomes")));
            if (myHomes.isEmpty()) {
                add(new EmptyState(getTranslation("dashboard.noHomes")));
            }
            Div cards = new Div();
            cards.addClassName("card-grid");
            myHomes.forEach(h -> cards.add(homeCard(h)));
            add(cards);
        }
    }

    private Component adminFigures(List<HomeSummary> all) {
        long districts = all.stream().map(HomeSummary::districtId).distinct().count();
        long beds = all.stream().mapToLong(HomeSummary::capacity).sum();
        Div figures = new Div(figure("dashboard.districts", districts), figure("dashboard.homes", all.size()),
                figure("dashboard.beds", beds));
        figures.addClassName("card-grid");
        figures.setId("admin-figures");
        return figures;
    }

    private Component districtFigures(List<HomeSummary> inMyDistricts) {
        Div figures = new Div();
        figures.addClassName("card-grid");
        figures.setId("district-figures");
        inMyDistricts.stream().collect(Collectors.groupingBy(HomeSummary::districtName)).forEach((district, homes) -> {
            Div card = new Div(new H3(district),
                    line("dashboard.homes", homes.size()),
                    line("dashboard.beds", homes.stream().mapToLong(HomeSummary::capacity).sum()));
            card.addClassName("card");
            figures.add(card);
        });
        if (inMyDistricts.isEmpty()) {
            return new EmptyState(getTranslation("dashboard.noDistricts"));
        }
        return figures;
    }

    private Component homeCard(HomeSummary home) {
        Div card = new Div(new H3(home.name()),
                new Paragraph(getTranslation("homeType." + home.type()) + " · " + getTranslation("served." + home.serves())),
                line("dashboard.beds", home.capacity()));
        contributions.forEach(c -> c.lines(home).ifPresent(card::add));
        card.addClassName("card");
        return card;
    }

    private Component overdueAlerts(AlertInbox alerts, boolean official) {
        Component card = figure(official ? "alerts.dashboard.escalated" : "alerts.dashboard.overdue", alerts.overdueCount());
        card.setId("overdue-alerts");
        ((Div) card).addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("alerts")));
        Div row = new Div(card);
        row.addClassName("card-grid");
        return row;
    }

    private Component figure(String labelKey, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure");
        Div card = new Div(number, new Paragraph(getTranslation(labelKey)));
        card.addClassName("card");
        return card;
    }

    private Component line(String labelKey, long value) {
        return new Paragraph(getTranslation(labelKey) + ": " + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
