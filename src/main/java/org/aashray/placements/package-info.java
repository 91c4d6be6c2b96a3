/**
 * Placements: who sleeps in which home and bed. Admission of a resident to a bed (the placement type follows
 * the home type), moves between beds, transfers between homes, temporary absences, exits and absconding,
 * the bed board, configurable stay limits per home type, and occupancy for any past day derived from the
 * placement history.
 * <p>API (this package): {@link org.aashray.placements.PlacementService} (a resident's stays; admit; record an
 * exit; transfer requests between homes with {@code TransferRequest}, {@code TransferRecord}, {@code TransferStatus}), {@link org.aashray.placements.OccupancyService} (figures for dashboards and reports: {@code HomeOccupancy},
 * {@code OccupancyFigures}, {@code FlowFigures}, {@code MonthlyOccupancy}), the records {@code Admission},
 * {@code ExitRequest}, {@code PlacementRecord} with {@code EntryKind}, {@code EndKind}, {@code ExitReason}, the
 * events {@link org.aashray.placements.ResidentTransferred} and {@link org.aashray.placements.ResidentExited}, and
 * the plug-in {@link org.aashray.placements.ExitGuard} (reintegration can veto an exit, e.g. "restored to family"
 * before the readiness gate is passed).
 * <p>Sub-features: {@code admissions} (admission to a bed, bed moves and the move of an accepted transfer,
 * accompanying children), {@code transfers} (a transfer to another home is a request its receiving home accepts,
 * choosing a bed, or declines; she keeps her bed meanwhile, and nobody needs an account in both homes),
 * {@code exits} (exits, absconding, the exit guards), {@code absences} (time away and the overdue-return
 * deadline), {@code staylimits} (stay limits per home type and the over-limit deadline), {@code board} (the bed
 * board), {@code occupancy} (the figures behind {@code OccupancyService}); {@code internal} holds what they share:
 * the {@code Placement} entity and its repository, the bed locks, the input checks and the demo placements.
 * <p>Decisions: a women's home takes adult women; a girls' home girls under 18, a boys' home boys under 18;
 * a mothers-with-children home takes adult women in beds and their accompanying children (girls and boys
 * below the home type's configured ages) on a cot in their mother's room: a child's placement has no bed
 * of its own, follows her mother's transfers and exits, and does not count against the bed capacity.
 * {@code PlacementService} is a facade for other features: its admit and exit do the same as
 * {@code AdmissionService} and {@code ExitService}, which the placement screens call directly. An admission
 * announces nothing (nobody listened): a transfer publishes {@code ResidentTransferred}, an exit {@code ResidentExited}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "residents", "security"})
package org.aashray.placements;
