package org.aashray.hostile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aashray.alerts.engine.AlertEngine;
import org.aashray.alerts.ListRule;
import org.aashray.alerts.ui.InboxView;
import org.aashray.base.TextInput;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input (issue #11) in an alert's dialog: a comment, and the reason it is resolved by hand. The alerts
 * come from a test rule for the tests' own home and are deleted afterwards.
 */
@AashrayIntegrationTest
class HostileAlertsTest extends HostileForms {

    @Autowired HostileFixture fixture;
    @Autowired AlertEngine engine;
    @Autowired Clock clock;

    private long homeId;
    private ListRule rule;

    @Override
    protected void prepare() {
        homeId = fixture.homeId();
        rule = new ListRule("hostile", Role.CARE_MANAGER);
    }

    @AfterEach
    void deleteTestAlerts() {
        ListRule.deleteTestAlerts(jdbc);
    }

    @Override
    protected List<Form> forms() {
        String user = HostileFixture.USER;
        return List.of(
                new Form("alert comment", user, () -> alert(false), "alert_comments").only("alert-comment"),
                new Form("alert resolved by hand", user, () -> alert(true), "alerts").only("alert-reason"));
    }

    /** The alerts feature trims what is typed; the converter removes control and direction characters. */
    @Override
    protected Object kept(Object value) {
        return value instanceof String s ? TextInput.clean(s.trim()) : value;
    }

    private long commented;

    private Opened alert(boolean resolve) {
        long id;
        if (resolve || commented == 0) {
            // each alert resolved by hand is closed: a new one (a new overdue item) for every value
            rule.add(counter.incrementAndGet(), homeId, LocalDate.now(clock).minusDays(2));
            SystemAuthentication.run(() -> engine.evaluate(rule, clock.instant()));
            id = jdbc.queryForObject("select max(id) from alerts where rule_key = ?", Long.class, rule.key());
            if (!resolve) commented = id;
        } else {
            id = commented;
        }
        open("alerts");
        Component inbox = currentView();
        try {
            Method openAlert = InboxView.class.getDeclaredMethod("openAlert", long.class);
            openAlert.setAccessible(true);
            openAlert.invoke(inbox, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        Dialog dialog = openDialog();
        if (resolve) {
            return new Opened(dialog, (Button) get(dialog, "resolve"), () -> !dialog.isOpened());
        }
        long before = rows("alert_comments");
        return new Opened(dialog, (Button) get(dialog, "addComment"), () -> rows("alert_comments") > before);
    }
}
