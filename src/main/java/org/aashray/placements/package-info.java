/**
 * Placements: who sleeps in which home and bed. Admission of a resident to a bed (the placement type follows
 * the home type), moves between beds, transfers between homes, temporary absences, exits and absconding,
 * the bed board, configurable stay limits per home type, and occupancy for any past day derived from the
 * placement history.
 * <p>Public API: {@link org.aashray.placements.PlacementService} (changes and the board),
 * {@link org.aashray.placements.OccupancyService} (figures for dashboards and reports), the events
 * {@link org.aashray.placements.ResidentPlaced}, {@link org.aashray.placements.ResidentTransferred},
 * {@link org.aashray.placements.ResidentExited}, and the extension point {@link org.aashray.placements.ExitGuard}
 * (reintegration can veto an exit, e.g. "restored to family" before the readiness gate is passed).
 * <p>Decisions: a women's home takes adult women; a girls' home girls under 18, a boys' home boys under 18;
 * a mothers-with-children home takes adult women in beds and their accompanying children (girls and boys
 * below the home type's configured ages) on a cot in their mother's room: a child's placement has no bed
 * of its own, follows her mother's transfers and exits, and does not count against the bed capacity.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.placements;
