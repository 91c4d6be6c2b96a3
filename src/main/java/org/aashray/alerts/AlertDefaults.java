package org.aashray.alerts;

/**
 * A rule's default settings: warn {@code leadDays} before the due date; an overdue alert nobody acknowledged
 * escalates to the care manager after {@code careManagerAfterDays} and to the district official (as a count)
 * after {@code officialAfterDays}; evaluate on the Quartz {@code cron} schedule.
 */
public record AlertDefaults(int leadDays, int careManagerAfterDays, int officialAfterDays, String cron) {

    /** Daily at 02:15, escalation after 3 and 7 days. */
    public static AlertDefaults daily(int leadDays) {
        return new AlertDefaults(leadDays, 3, 7, "0 15 2 * * ?");
    }
}
