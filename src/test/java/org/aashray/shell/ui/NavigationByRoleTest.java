package org.aashray.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.aashray.security.ui.LoginView;
import org.aashray.staff.ui.UsersView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class NavigationByRoleTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        navigate("", LoginView.class);
    }

    @Test
    @WithUserDetails("counsellor")
    void a_counsellor_sees_her_dashboard_and_no_administration() {
        navigate(DashboardView.class);
        assertThat(menu()).contains("Dashboard").doesNotContain("Staff accounts", "Homes and beds", "Audit log", "Logins and jobs");
        navigate("admin/users", NotFoundView.class);
        navigate("admin/audit", NotFoundView.class);
        navigate("admin/homes", NotFoundView.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_administrator_sees_the_administration_and_the_staff_list() {
        navigate(DashboardView.class);
        assertThat(menu()).contains("Dashboard", "Homes and beds", "Staff accounts", "Audit log", "Logins and jobs");
        UsersView users = navigate(UsersView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) (Grid<?>) find(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(7);
        assertThat(users).isNotNull();
    }

    @Test
    @WithUserDetails("official")
    void a_district_official_sees_counts_for_her_district_only() {
        navigate(DashboardView.class);
        String text = find(com.vaadin.flow.component.html.Div.class).id("district-figures").getElement().getTextRecursively();
        assertThat(text).contains("Sundarpur (demo)").doesNotContain("Nadipur");
    }
}
