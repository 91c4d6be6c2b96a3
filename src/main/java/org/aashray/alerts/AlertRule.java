package org.aashray.alerts;

import java.time.LocalDate;
import java.util.List;
import org.aashray.security.Role;

/**
 * A deadline a feature watches. A feature registers a rule by declaring a Spring bean that implements
 * this interface; the engine finds every such bean, stores its settings (defaults from {@link #defaults()},
 * then edited by ADMIN) and evaluates it on its own Quartz schedule.
 *
 * <p>{@link #dueItems(LocalDate)} must cost in proportion to the items it returns, not to the feature's
 * table: back it with an indexed "due date" query ({@code where done = false and due_date <= :horizon}).
 */
public interface AlertRule {

    /** Stable identifier, at most 80 characters, prefixed with the feature: {@code reintegration.follow-up}. */
    String key();

    /** Translation key of the rule's title, shown in the inbox and the settings. */
    String titleKey();

    AlertSeverity severity();

    /** The role in the item's home who is alerted first. */
    Role alertedRole();

    /** HOME: the home's staff; DISTRICT: district officials also count it from the start (never names). */
    default AlertScope scope() {
        return AlertScope.HOME;
    }

    /**
     * What the rule's alerts are about. Residents unless the rule says otherwise: ADMIN's inbox shows only
     * {@link AlertSubject#STRUCTURE} rules, so a new rule stays out of it until it declares itself about structure.
     */
    default AlertSubject subject() {
        return AlertSubject.RESIDENTS;
    }

    /**
     * True for a rule whose items concern a resident after she has left (the reintegration follow-ups): her exit
     * leaves its alerts open. Every other rule's alerts about her are resolved by her exit ({@link ResidentAlerts}).
     */
    default boolean outlivesExit() {
        return false;
    }

    /** Lead time, escalation and schedule used until ADMIN changes them. */
    AlertDefaults defaults();

    /**
     * Items not yet done whose due date is on or before {@code horizon} (today plus the lead time), the
     * overdue ones included. An open alert whose item is no longer returned resolves itself.
     */
    List<DueItem> dueItems(LocalDate horizon);
}
