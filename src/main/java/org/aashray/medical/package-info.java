/**
 * Medical: the admission health check (due a configurable number of hours after admission, created when the
 * residents feature publishes {@code ResidentAdmitted}), appointments (in-house, hospital referral, lab test,
 * follow-up) on the shared schedule and conflict check, and each resident's ongoing conditions and
 * medication. Purpose, results, findings, conditions and medication are encrypted at rest and shown to
 * medical staff only; care managers see dates, places and whether checks are done.
 * <p>API: {@link org.aashray.medical.MedicalService} (appointments) with
 * {@link org.aashray.medical.AppointmentRequest}, {@link org.aashray.medical.AppointmentSummary} and their enums.
 * No other feature calls it today; the profile tab plugs in as a {@link org.aashray.residents.ResidentProfileSection}.
 * <p>Inside: {@code appointments} (the appointment, its input checks, the busy times it reports),
 * {@code healthchecks} (the admission health check, its deadline, and the listeners that create it on
 * admission and move it on transfer), {@code records} (conditions and medication), {@code settings} (hours
 * to the check per home), {@code internal} (who may read what, the length of the encrypted texts, demo data);
 * views in {@code ui}.
 * <p>Decisions: a resident transferred to another home before her health check was done takes it with her
 * ({@code placements}' {@code ResidentTransferred}, inside the transfer's transaction), so the receiving
 * home's medical staff see it and its deadline alerts them; its due time stays. Her coming appointments at the
 * home she left are cancelled ("transferred", {@link org.aashray.medical.CancelCause}), except hospital referrals,
 * which keep their date and move to the receiving home ({@code appointments.AppointmentsWhenSheLeaves}). When she
 * leaves care ({@code ResidentExited}) every coming appointment is cancelled ("left the home") and an undone health
 * check is closed on her exit day ({@code healthchecks.HealthChecksWhenSheLeaves}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.medical;
