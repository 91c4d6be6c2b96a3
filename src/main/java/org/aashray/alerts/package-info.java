/**
 * Alerts and the deadline engine. Features register their deadlines as {@link org.aashray.alerts.AlertRule}
 * beans (most extend {@link org.aashray.alerts.DeclaredAlertRule}); Quartz jobs evaluate each enabled rule on its
 * schedule and keep one open alert per rule and subject, resolving it when the rule no longer returns the item.
 * Staff work the alerts in the inbox; unacknowledged overdue alerts escalate to the care manager and then, as
 * counts without names, to the district official. ADMIN edits each rule's lead time, escalation and schedule as
 * data; her inbox holds only the alerts of rules about structure ({@code AlertSubject.STRUCTURE}), never a resident's.
 *
 * <p>API: the deadline plug-in ({@code AlertRule}, {@code DeclaredAlertRule}, {@code AlertDefaults},
 * {@code AlertSeverity}, {@code AlertScope}, {@code AlertSubject}, {@code DueItem}); the inbox and the header's bell ({@code AlertInbox}
 * with {@code AlertItem}, {@code AlertNote}, {@code HomeAlertCount}, {@code AlertStatus}; {@code AlertBell}); and
 * the event {@code AlertRunRequested}, which any feature may publish to have a rule evaluated at once (the jobs
 * listen). Below the root: {@code engine} (one evaluation and its SQL), {@code settings} (each rule's settings and
 * the {@code AlertSettingsChanged} event the jobs follow), {@code jobs} (Quartz), {@code digest} (the daily
 * e-mail of counts), {@code deadlines} (alerts' own deadline: a home's licence, here because alerts depends on
 * homes and never the other way round), {@code internal} (the alert entity, its repositories, the rule registry)
 * and {@code ui}.
 *
 * <p><b>When the rules run.</b> Each on its own schedule (nightly by default); ADMIN's <i>Run now</i> and events such
 * as a follow-up concern run one at once. At start-up every rule that missed a scheduled time (or never ran, as on
 * the demo's first start) runs once, started by the one node of the cluster that claims it ({@code jobs.AlertJobs}).
 *
 * <p><b>Resolving by hand</b> closes an alert with a reason and never changes the item: a due item is not lost by
 * closing its alert. Decided per rule, and for every rule today the same: while the rule still finds the item due,
 * its next run raises a new alert that points to the one resolved by hand (the dialog shows who resolved it, when
 * and why). What settles the item is a change to it in its own feature, after which the rule stops returning it:
 * <ul>
 * <li>{@code homes.licence-expiring}: the home's new licence expiry date (the home's details);</li>
 * <li>{@code placements.absence-return}: her return recorded;</li>
 * <li>{@code placements.stay-over-limit}: she moves to another home or leaves;</li>
 * <li>{@code counselling.attendance-not-recorded}: the session's attendance recorded;</li>
 * <li>{@code medical.admission-health-check}: the admission health check recorded;</li>
 * <li>{@code careplans.care-plan-due}: the care plan agreed, or its review recorded;</li>
 * <li>{@code training.outcome-check}: the trainee's outcome recorded;</li>
 * <li>{@code inspections.action-overdue}: the action taken recorded on the action item;</li>
 * <li>{@code residents.court-hearing}: the next hearing date recorded in the legal case;</li>
 * <li>{@code residents.return-confirmation}: the earlier home's care manager confirms or declines;</li>
 * <li>{@code residents.possible-retrafficking}: each home of the confirmed return records that it reviewed her
 * safety (one alert per home);</li>
 * <li>{@code residents.social-investigation}, {@code residents.cwc-production}: the report's submission, the
 * production before the Child Welfare Committee recorded;</li>
 * <li>{@code reintegration.verification-overdue}, {@code reintegration.follow-up},
 * {@code reintegration.follow-up-concern}, {@code reintegration.permit-expiring}: the verification visit or follow-up
 * recorded (or closed), what was done about the concern recorded, the permit renewed or the repatriation completed.</li>
 * </ul>
 * A rule for which closing the alert should itself settle the item would have to change the item's state in its
 * feature when the alert is resolved; no rule does so today.
 *
 * <p><b>Alerts about a resident follow her.</b> A rule names the resident an item is about ({@code DueItem.residentId});
 * {@link org.aashray.alerts.ResidentAlerts} re-addresses her open alerts to the home she is transferred to, and resolves
 * them when she leaves care (resolution {@code LEFT_CARE}), except for rules that concern her after she left
 * ({@code AlertRule.outlivesExit()}: the reintegration follow-ups). Placements calls it inside the transfer's or exit's
 * transaction: alerts sits below placements and cannot listen to its events without a dependency cycle. Every rule
 * also ignores residents who have left, so its next run agrees.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "homes", "security"})
package org.aashray.alerts;
