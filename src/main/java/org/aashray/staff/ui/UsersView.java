package org.aashray.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.aashray.base.i18n.DateFormats;
import org.aashray.base.ui.ConfirmAction;
import org.aashray.base.ui.Notifications;
import org.aashray.base.ui.SaveAction;
import org.aashray.homes.HomeService;
import org.aashray.security.StaffAccount;
import org.aashray.security.UserAdminService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** ADMIN: the list of staff accounts, with create, edit, deactivate and unlock. */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<StaffAccount> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button add = new Button();
    private final UserAdminService users;
    private final HomeService homes;

    public UsersView(UserAdminService users, HomeService homes) {
        this.users = users;
        this.homes = homes;
        setSizeFull();
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setAriaLabel(getTranslation("users.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add.setText(getTranslation("users.add"));
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> new UserDialog(users, homes, null, this::refresh).open());

        grid.setId("users-grid");
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("users.username")).setSortProperty("username").setAutoWidth(true);
        grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("users.displayName")).setSortProperty("displayName").setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(a -> a.active() ? getTranslation("users.active") : getTranslation("users.inactive"))
                .setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addColumn(a -> a.lockedUntil() == null ? ""
                        : getTranslation("users.lockedUntil", DateFormats.dateTime(a.lockedUntil(), getLocale())))
                .setHeader(getTranslation("users.lock")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> users.list(filter.getValue(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("username"))).getContent());
        grid.setEmptyStateText(getTranslation("users.empty"));

        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
    }

    private HorizontalLayout actions(StaffAccount account) {
        Button edit = new Button(getTranslation("common.edit"), e -> new UserDialog(users, homes, account, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        Button activation = new Button(getTranslation(account.active() ? "users.deactivate" : "users.activate"),
                e -> toggleActive(account));
        activation.addThemeVariants(ButtonVariant.TERTIARY);
        activation.setId("toggle-active-" + account.username());
        HorizontalLayout actions = new HorizontalLayout(edit, activation);
        if (account.lockedUntil() != null) {
            Button unlock = new Button(getTranslation("users.unlock"), e -> {
                users.unlock(account.id());
                Notifications.success(getTranslation("users.unlocked", account.username()));
                refresh();
            });
            unlock.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(unlock);
        }
        return actions;
    }

    private void toggleActive(StaffAccount account) {
        Runnable change = () -> {
            SaveAction.of(this).success(account.active() ? "users.deactivated" : "users.activated", account.username())
                    .run(() -> users.setActive(account.id(), account.version(), !account.active()));
            refresh(); // also after someone else's change: the list shows it
        };
        if (account.active()) {
            ConfirmAction.ask(getTranslation("users.deactivate"), getTranslation("users.deactivateQuestion", account.displayName()),
                    getTranslation("users.deactivate"), getTranslation("common.cancel"), change);
        } else {
            change.run();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
