/**
 * Reintegration: a survivor's way home. Home verifications of proposed destinations, the readiness check with its
 * history and the gate on every exit kind with a place to go, the readiness PDF for the CWC or magistrate, repatriation to Nepal
 * and Bangladesh as a tracked process, and the follow-ups after she left.
 * <p>API (this package, all other features may use): {@link org.aashray.reintegration.ReintegrationPipeline}
 * (where residents in care stand, and counts per home for district reports) with its record
 * {@link org.aashray.reintegration.ReintegrationCounts}, and the event
 * {@link org.aashray.reintegration.FollowUpConcernRaised}. Everything else is internal to the feature.
 * <p>Sub-features:
 * <ul>
 * <li>{@code verification}: home verifications requested by the care manager, their visit and evidence files, and
 * their deadline ({@code reintegration.verification-overdue}); they follow her transfer to another home
 * ({@code TransferredVerifications}, on {@link org.aashray.placements.ResidentTransferred});</li>
 * <li>{@code readiness}: the readiness check, its items and overrides (each for one exit kind), the readiness PDF,
 * and the gate, an {@link org.aashray.placements.ExitGuard} on restored to family, independent living and transfer to
 * another organisation (the items each requires are data ADMIN edits), which also refuses "repatriated" unless it
 * is recorded by completing the handover;</li>
 * <li>{@code followup}: the follow-up schedule written on {@link org.aashray.placements.ResidentExited}, who is
 * responsible for her there, visits and concerns, and their deadlines ({@code reintegration.follow-up},
 * {@code reintegration.follow-up-concern});</li>
 * <li>{@code nocontact}: the no-contact check ({@link org.aashray.residents.NoContactCheck}) on whom she is released
 * to at her exit (an {@link org.aashray.placements.ExitGuard}, not for absconding or a death), whom a home verification
 * and a follow-up met; a match refuses the save until the care manager records an override for that step, which the
 * next save uses up;</li>
 * <li>{@code repatriation}: repatriation step by step (completing the handover records her exit, "repatriated",
 * through {@link org.aashray.placements.PlacementService}), and the travel permit's deadline
 * ({@code reintegration.permit-expiring}); it follows her transfer ({@code TransferredRepatriations});</li>
 * <li>{@code internal}: what they share: who may do what ({@code ReintegrationAccess}), the limits ADMIN edits
 * (settings, the checklist and the items each exit kind requires), the due items for the workspace and the deadlines, and the
 * demo data;</li>
 * <li>{@code ui}: the profile's reintegration tab (a {@link org.aashray.residents.ResidentProfileSection}), the
 * workspace and the settings view.</li>
 * </ul>
 * <p>Decisions: the follow-up schedule is written by a synchronous listener in the exit's own transaction,
 * so an exit is never committed without its schedule. No follow-ups for DECEASED or ABSCONDED (absconding is
 * an emergency handled by placements with the police and the CWC; a later exit after she is traced
 * schedules them). Readiness checks are never edited: each check is a new row, so the history shows what was
 * decided when. A concern raised at a follow-up cannot wait for the nightly run: once the follow-up is committed,
 * the feature asks alerts to run the concern deadline at once ({@link org.aashray.alerts.AlertRunRequested}).
 * The deadlines live with the work they watch and reach alerts only through its plug-in
 * ({@link org.aashray.alerts.AlertRule}); alerts never calls into this feature.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "placements", "residents", "security"})
package org.aashray.reintegration;
