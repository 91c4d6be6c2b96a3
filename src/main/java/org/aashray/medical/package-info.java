/**
 * Medical: the admission health check (due a configurable number of hours after admission, created when the
 * residents feature publishes {@code ResidentAdmitted}), appointments (in-house, hospital referral, lab test,
 * follow-up) on the shared schedule and conflict check, and each resident's ongoing conditions and
 * medication. Purpose, results, findings, conditions and medication are encrypted at rest and shown to
 * medical staff only; care managers see dates, places and whether checks are done.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.medical;
