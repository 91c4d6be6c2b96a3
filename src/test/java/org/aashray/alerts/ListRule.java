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
