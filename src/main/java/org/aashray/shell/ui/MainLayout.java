package org.aashray.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.aashray.alerts.AlertBell;
import org.aashray.alerts.AlertInbox;
import org.aashray.homes.CurrentHome;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.security.AccountSelfService;
import org.aashray.security.CurrentUser;

/**
 * Header with the home switcher and the user menu, and a side navigation built from the views the user
 * may open (Vaadin filters {@code @Menu} entries by each view's access rules).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The page's one level-one heading: every view is announced by its title. */
    private final H1 viewTitle = new H1();

    public MainLayout(CurrentUser currentUser, HomeService homes, CurrentHome currentHome,
                      AccountSelfService accounts, AuthenticationContext authentication, AlertInbox alerts,
                      MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");

        Header header = new Header(toggle, viewTitle); // the banner landmark
        header.addClassName("app-header");
        List<HomeSummary> myHomes = homes.accessibleHomes();
        // Only staff work "in" a home; officials and administrators look across homes instead.
        if (myHomes.size() > 1 && !currentUser.homeIds().isEmpty()) {
            header.add(homeSwitcher(myHomes, currentHome));
        } else if (myHomes.size() == 1 && !currentUser.homeIds().isEmpty()) {
            Span home = new Span(myHomes.getFirst().name());
            home.addClassName("current-home");
            header.add(home);
        }
        header.add(new AlertBell(alerts), userMenu(currentUser, accounts, authentication));
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        // one navigation landmark, named, holding the brand and the menu (the side nav is then a plain list in it)
        SideNav navigation = navigation(menu);
        navigation.getElement().setAttribute("role", "none");
        Nav drawer = new Nav(brand, navigation);
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
        addToDrawer(drawer);
    }

    /** The view shown is the page's main landmark, so a screen reader can jump past the header and the menu. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private Component homeSwitcher(List<HomeSummary> myHomes, CurrentHome currentHome) {
        Select<HomeSummary> switcher = new Select<>();
        switcher.setId("home-switcher");
        switcher.setAriaLabel(getTranslation("shell.homeSwitcher"));
        switcher.setItems(myHomes);
        switcher.setItemLabelGenerator(HomeSummary::name);
        currentHome.get().ifPresent(switcher::setValue);
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                currentHome.select(e.getValue().id());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        switcher.addClassName("home-switcher");
        return switcher;
    }

    private Component userMenu(CurrentUser currentUser, AccountSelfService accounts, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("user-menu");
        String name = currentUser.get().map(u -> u.displayName()).orElse("");
        SubMenu sub = menu.addItem(new Span(new Icon("vaadin", "user"), new Span(" " + name))).getSubMenu();
        SubMenu language = sub.addItem(getTranslation("shell.language")).getSubMenu();
        language.addItem("English", e -> switchLanguage(accounts, "en"));
        language.addItem("हिन्दी", e -> switchLanguage(accounts, "hi"));
        sub.addItem(getTranslation("shell.changePassword"), e -> getUI().ifPresent(ui -> ui.navigate("change-password")));
        sub.addItem(getTranslation("shell.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchLanguage(AccountSelfService accounts, String language) {
        accounts.setLanguage(language);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(org.aashray.base.i18n.BundleTranslationProvider.localeFor(language));
            ui.getPage().reload();
        });
    }

    private SideNav navigation(MenuEntries menu) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        List<MenuEntry> entries = menu.forCurrentUser();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
