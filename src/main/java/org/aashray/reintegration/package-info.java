/**
 * Reintegration: home verifications of proposed destinations, the readiness check with its history and the
 * gate on "restored to family" (an {@link org.aashray.placements.ExitGuard}, with a care manager's audited
 * override), the readiness PDF for the CWC or magistrate, repatriation to Nepal and Bangladesh as a tracked
 * process, and the follow-up schedule generated on {@link org.aashray.placements.ResidentExited}.
 * <p>Public API: {@link org.aashray.reintegration.verification.VerificationService}, {@link org.aashray.reintegration.readiness.ReadinessService},
 * {@link org.aashray.reintegration.followup.FollowUpService}, {@link org.aashray.reintegration.repatriation.RepatriationService},
 * {@link org.aashray.reintegration.internal.ReintegrationDueItems} (due-date queries for alerts),
 * {@link org.aashray.reintegration.ReintegrationPipeline} (stages of residents; counts per home for district reports),
 * {@link org.aashray.reintegration.internal.ReintegrationSettingsService} (configurable limits) and the event
 * {@link org.aashray.reintegration.FollowUpConcernRaised}.
 * <p>Decisions: the follow-up schedule is written by a synchronous listener in the exit's own transaction,
 * so an exit is never committed without its schedule. No follow-ups for DECEASED or ABSCONDED (absconding is
 * an emergency handled by placements with the police and the CWC; a later exit after she is traced
 * schedules them). Readiness checks are never edited: each check is a new row, so the history shows what was
 * decided when.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.reintegration;

import org.aashray.reintegration.followup.FollowUpService;
import org.aashray.reintegration.internal.ReintegrationDueItems;
import org.aashray.reintegration.internal.ReintegrationSettingsService;
import org.aashray.reintegration.readiness.ReadinessService;
import org.aashray.reintegration.repatriation.RepatriationService;
import org.aashray.reintegration.verification.VerificationService;
