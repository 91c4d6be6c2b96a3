package org.aashray.alerts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.LocalDate;
import org.aashray.alerts.AlertBell;
import org.aashray.alerts.AlertItem;
import org.aashray.alerts.ListRule;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.shell.ui.DashboardView;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class AlertInboxViewTest extends SpringBrowserlessTest {

    @Autowired AlertEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private ListRule raiseOverdueItemFor(String home, Role role) {
        ListRule rule = new ListRule("inbox", role);
        long homeId = jdbc.queryForObject("select id from homes where code = ?", Long.class, home);
        rule.add(1, homeId, LocalDate.now(clock).minusDays(2));
        SystemAuthentication.run(() -> engine.evaluate(rule, clock.instant()));
        return rule;
    }

    private long alertId(ListRule rule) {
        return jdbc.queryForObject("select id from alerts where rule_key = ?", Long.class, rule.key());
    }

    @AfterEach
    void deleteTestAlerts() {
        ListRule.deleteTestAlerts(jdbc);
    }

    @Test
    @WithUserDetails("caremanager")
    void the_care_manager_sees_the_alert_acknowledges_comments_and_resolves_it_with_a_reason() {
        ListRule rule = raiseOverdueItemFor("SUN-T", Role.COUNSELLOR);
        long id = alertId(rule);
        InboxView view = navigate(InboxView.class);
        AlertBell bell = find(AlertBell.class).single();
        long before = Long.parseLong(bell.getSuffixComponent().getElement().getText());
        @SuppressWarnings("unchecked")
        Grid<AlertItem> grid = (Grid<AlertItem>) (Grid<?>) view.grid;
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(before).isGreaterThanOrEqualTo(1);

        view.openAlert(id);
        AlertDialog dialog = find(AlertDialog.class).single();
        test(dialog.acknowledge).click();
        assertThat(jdbc.queryForObject("select status from alerts where id = ?", String.class, id)).isEqualTo("ACKNOWLEDGED");
        test(dialog.comment).setValue("Called the counsellor, visit fixed for Monday");
        test(dialog.addComment).click();
        assertThat(dialog.comments.getElement().getTextRecursively()).contains("visit fixed for Monday");

        test(dialog.resolve).click(); // no reason: refused next to the field
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(jdbc.queryForObject("select status from alerts where id = ?", String.class, id)).isEqualTo("ACKNOWLEDGED");

        test(dialog.reason).setValue("Visit done on paper, record follows");
        test(dialog.resolve).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForMap("select status, resolution, resolution_reason, resolved_by from alerts where id = ?", id))
                .containsEntry("status", "RESOLVED").containsEntry("resolution", "MANUAL")
                .containsEntry("resolved_by", "caremanager");
        assertThat(Long.parseLong(bell.getSuffixComponent().getElement().getText())).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where entity_type = 'Alert' and entity_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(3);
    }

    /** The dialog's line of facts (home, due date, state), as the person reads it. */
    private String facts() {
        return find(com.vaadin.flow.component.html.Paragraph.class).withClassName("muted").all().stream()
                .map(p -> p.getText()).collect(java.util.stream.Collectors.joining(" / "));
    }

    @Test
    @WithUserDetails("caremanager")
    void the_dialog_shows_the_alert_state_after_acknowledge_assign_and_comment() {
        ListRule rule = raiseOverdueItemFor("SUN-T", Role.COUNSELLOR);
        long id = alertId(rule);
        navigate(InboxView.class).openAlert(id);
        AlertDialog dialog = find(AlertDialog.class).single();
        assertThat(facts()).contains("Open").doesNotContain("Acknowledged");

        test(dialog.acknowledge).click();
        assertThat(facts()).contains("Acknowledged (caremanager)").doesNotContain("Open");
        assertThat(dialog.acknowledge.isEnabled()).isFalse();

        test(dialog.assignee).selectItem("Kavita Counsellor (demo)");
        test(dialog.assign).click();
        assertThat(facts()).contains("Acknowledged (caremanager)", "Assigned to Kavita Counsellor (demo)");

        test(dialog.comment).setValue("Spoke to Kavita");
        test(dialog.addComment).click();
        assertThat(facts()).contains("Acknowledged (caremanager)", "Assigned to Kavita Counsellor (demo)");
        assertThat(dialog.comments.getElement().getTextRecursively()).contains("Spoke to Kavita");
    }

    @Test
    @WithUserDetails("caremanager")
    void an_alert_can_be_assigned_to_a_colleague_of_the_home() {
        ListRule rule = raiseOverdueItemFor("SUN-L", Role.MEDICAL);
        long id = alertId(rule);
        InboxView view = navigate(InboxView.class);
        view.openAlert(id);
        AlertDialog dialog = find(AlertDialog.class).single();
        test(dialog.assignee).selectItem("Kavita Counsellor (demo)");
        test(dialog.assign).click();
        assertThat(jdbc.queryForObject("select assignee_name from alerts where id = ?", String.class, id))
                .isEqualTo("Kavita Counsellor (demo)");
    }

    @Test
    @WithUserDetails("reception")
    void staff_see_only_the_alerts_for_their_role_and_homes() {
        ListRule counselling = raiseOverdueItemFor("SUN-T", Role.COUNSELLOR);
        ListRule reception = raiseOverdueItemFor("SUN-T", Role.RECEPTION);
        ListRule otherHome = raiseOverdueItemFor("NAD-T", Role.RECEPTION);
        InboxView view = navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        Grid<AlertItem> grid = (Grid<AlertItem>) (Grid<?>) view.grid;
        var keys = test(grid).size() == 0 ? java.util.List.<String>of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).ruleKey()).toList();
        assertThat(keys).contains(reception.key()).doesNotContain(counselling.key(), otherHome.key());
    }

    @Test
    @WithUserDetails("official")
    void a_district_official_sees_escalated_counts_per_home_without_any_detail() {
        ListRule rule = raiseOverdueItemFor("SUN-S", Role.CARE_MANAGER);
        jdbc.update("update alerts set escalation_level = 2 where rule_key = ?", rule.key());
        InboxView view = navigate(InboxView.class);
        assertThat(view.grid.isAttached()).isFalse();
        String text = view.getElement().getTextRecursively();
        assertThat(text).doesNotContain("test item");
        navigate(DashboardView.class);
        assertThat(find(com.vaadin.flow.component.html.Div.class).id("overdue-alerts").getElement().getTextRecursively())
                .contains("escalated to the district");
    }
}
