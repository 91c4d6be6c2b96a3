/**
 * Alerts and the deadline engine. Features register their deadlines as {@link org.aashray.alerts.AlertRule}
 * beans; Quartz jobs evaluate each enabled rule on its schedule and keep one open alert per rule and
 * subject, resolving it when the rule no longer returns the item. Staff work the alerts in the inbox;
 * unacknowledged overdue alerts escalate to the care manager and then, as counts without names, to the
 * district official. ADMIN edits each rule's lead time, escalation and schedule as data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "homes", "security"})
package org.aashray.alerts;
