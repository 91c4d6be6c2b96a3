package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.aashray.security.Role;

/** A rule for tests: its due items are a list the test changes. Not a bean; tests hand it to the engine. */
public class ListRule implements AlertRule {

    public final List<DueItem> items = new CopyOnWriteArrayList<>();
    private final String key;
    private final Role role;

    public ListRule(String name, Role role) {
        this.key = "test." + name + "." + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
        this.role = role;
    }

    /** Removes the alerts every test rule raised, so tests sharing the demo homes do not see each other's. */
    public static void deleteTestAlerts(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update("delete c from alert_comments c join alerts a on a.id = c.alert_id where a.rule_key like 'test.%'");
        jdbc.update("delete from alerts where rule_key like 'test.%'");
    }

    public DueItem add(long subjectId, long homeId, LocalDate due) {
        DueItem item = new DueItem("TestItem", subjectId, homeId, due, "alerts.rule.homeLicenceExpiring.item",
                List.of("test item " + subjectId, due.toString()), null);
        items.removeIf(i -> i.subjectId() == subjectId);
        items.add(item);
        return item;
    }

    public void done(long subjectId) {
        items.removeIf(i -> i.subjectId() == subjectId);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String titleKey() {
        return "alerts.rule.homeLicenceExpiring";
    }

    @Override
    public AlertSeverity severity() {
        return AlertSeverity.URGENT;
    }

    @Override
    public Role alertedRole() {
        return role;
    }

    @Override
    public AlertDefaults defaults() {
        return AlertDefaults.daily(7);
    }

    @Override
    public List<DueItem> dueItems(LocalDate horizon) {
        return items.stream().filter(i -> !i.dueDate().isAfter(horizon)).toList();
    }
}
