/**
 * Alerts and the deadline engine. Features register their deadlines as {@link org.aashray.alerts.AlertRule}
 * beans (most extend {@link org.aashray.alerts.DeclaredAlertRule}); Quartz jobs evaluate each enabled rule on its
 * schedule and keep one open alert per rule and subject, resolving it when the rule no longer returns the item.
 * Staff work the alerts in the inbox; unacknowledged overdue alerts escalate to the care manager and then, as
 * counts without names, to the district official. ADMIN edits each rule's lead time, escalation and schedule as
 * data.
 *
 * <p>API: the deadline plug-in ({@code AlertRule}, {@code DeclaredAlertRule}, {@code AlertDefaults},
 * {@code AlertSeverity}, {@code AlertScope}, {@code DueItem}); the inbox and the header's bell ({@code AlertInbox}
 * with {@code AlertItem}, {@code AlertNote}, {@code HomeAlertCount}, {@code AlertStatus}; {@code AlertBell}); and
 * the event {@code AlertRunRequested}, which any feature may publish to have a rule evaluated at once (the jobs
 * listen). Below the root: {@code engine} (one evaluation and its SQL), {@code settings} (each rule's settings and
 * the {@code AlertSettingsChanged} event the jobs follow), {@code jobs} (Quartz), {@code digest} (the daily
 * e-mail of counts), {@code deadlines} (alerts' own deadline: a home's licence, here because alerts depends on
 * homes and never the other way round), {@code internal} (the alert entity, its repositories, the rule registry)
 * and {@code ui}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "homes", "security"})
package org.aashray.alerts;
