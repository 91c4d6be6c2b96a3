package org.aashray.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.aashray.alerts.AlertBell;
import org.aashray.alerts.AlertInbox;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.HomeAlertCount;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.GridFit;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;

/**
 * The alert inbox: most severe first, then the earliest due. A district official sees instead how many
 * alerts of each home reached the district, without any detail.
 */
@Route("alerts")
@Menu(title = "alerts.nav.inbox", order = 5, icon = "vaadin:bell")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle, AfterNavigationObserver {

    final Grid<AlertItem> grid = new Grid<>();
    final Grid<HomeAlertCount> counts = new Grid<>();
    private final AlertInbox inbox;

    public InboxView(AlertInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        setSizeFull();
        boolean official = currentUser.has(Role.DISTRICT_OFFICIAL) && currentUser.get()
                .map(u -> u.roles().size() == 1).orElse(false);
        if (official) {
            add(new Paragraph(getTranslation("alerts.official.explain")), officialCounts());
            return;
        }
        grid.setId("alerts-grid");
        // eight columns in 800 px: each starts narrow and grows, the description most; texts wrap rather than being cut
        GridFit.wrap(grid);
        GridFit.from(grid.addComponentColumn(this::severity).setHeader(getTranslation("alerts.severity")), "4.5rem");
        GridFit.from(grid.addColumn(a -> getTranslation(a.titleKey())).setHeader(getTranslation("alerts.rule")), "7rem", 2);
        GridFit.from(grid.addColumn(this::describe).setHeader(getTranslation("alerts.description")), "8rem", 3);
        GridFit.from(grid.addColumn(AlertItem::homeName).setHeader(getTranslation("alerts.home")), "6rem");
        GridFit.from(grid.addColumn(a -> DateFormats.date(a.dueDate(), getLocale())).setHeader(getTranslation("alerts.due")), "6rem");
        GridFit.from(grid.addColumn(this::state).setHeader(getTranslation("alerts.status")), "6rem");
        GridFit.from(grid.addColumn(a -> a.assigneeName() == null ? "" : a.assigneeName())
                .setHeader(getTranslation("alerts.assignee")), "5rem");
        grid.addComponentColumn(a -> {
            Button open = new Button(getTranslation("alerts.open"), e -> openAlert(a.id()));
            open.addClassName("open-alert");
            open.setId("open-alert-" + a.id());
            open.addThemeVariants(ButtonVariant.TERTIARY);
            return open;
        }).setAutoWidth(true).setFlexGrow(0); // one button, as wide as its label
        grid.setItemsPageable(inbox::list);
        grid.setEmptyStateText(getTranslation("alerts.empty"));
        add(grid);
    }

    private Component officialCounts() {
        counts.setId("alerts-district-counts");
        GridFit.wrap(counts);
        GridFit.from(counts.addColumn(HomeAlertCount::districtName).setHeader(getTranslation("alerts.district")), "8rem");
        GridFit.from(counts.addColumn(HomeAlertCount::homeName).setHeader(getTranslation("alerts.home")), "8rem", 2);
        GridFit.from(counts.addColumn(c -> c.suppressed() ? getTranslation("alerts.official.fewerThan", HomeAlertCount.SUPPRESS_BELOW)
                : String.valueOf(c.count())).setHeader(getTranslation("alerts.official.escalated")), "7rem");
        counts.setItems(inbox.escalatedCounts());
        return counts;
    }

    /**
     * Each time she comes to the inbox (the bell, the menu), also when it is already shown: the list as it is now,
     * with what a rule raised since.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (grid.isAttached()) {
            grid.getDataProvider().refreshAll();
        }
    }

    void openAlert(long id) {
        new AlertDialog(inbox, id, this::refresh).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(AlertBell::refresh);
    }

    private Component severity(AlertItem a) {
        Span badge = new Span(getTranslation("alerts.severity." + a.severity()));
        badge.addClassNames("badge", "severity-" + a.severity().name().toLowerCase());
        return badge;
    }

    String describe(AlertItem a) {
        return getTranslation(a.descriptionKey(), a.descriptionArgs().toArray());
    }

    String state(AlertItem a) {
        String state = getTranslation("alerts.status." + a.status());
        if (a.overdue()) {
            state += " · " + getTranslation("alerts.overdue");
        }
        if (a.escalationLevel() >= AlertItem.DISTRICT_LEVEL) {
            state += " · " + getTranslation("alerts.escalated.district");
        } else if (a.escalationLevel() >= AlertItem.CARE_MANAGER_LEVEL) {
            state += " · " + getTranslation("alerts.escalated.careManager");
        }
        return state;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.nav.inbox");
    }
}
