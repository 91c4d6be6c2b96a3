/**
 * Districts, homes, rooms and beds: the places where residents live. ADMIN manages them; staff see the
 * homes they are assigned to. A home's capacity is the number of its in-service beds.
 * <p>API (this package): {@link org.aashray.homes.HomeService} (the homes a caller works with, districts, a
 * home's details to edit), {@link org.aashray.homes.BedService} (rooms and beds), the records
 * {@code HomeSummary}, {@code DistrictSummary}, {@code RoomSummary}, {@code BedSummary}, the form bean
 * {@code HomeDetails}, the enums {@code HomeType}, {@code ServedGroup}, {@code BedStatus}, the session's
 * {@link org.aashray.homes.CurrentHome}, and the plug-ins {@link org.aashray.homes.HomeDashboardCard} (a feature's
 * lines on each home's dashboard card) and {@link org.aashray.homes.BedsInUse} (whether a bed is taken, so an
 * occupied bed is not taken out of service). {@code HomeService.summaries} is the one place a home's capacity is
 * counted; every screen and report takes it from there.
 * <p>Decisions: the entities ({@code Home}, {@code District}, {@code Room}, {@code Bed}), their repositories and
 * the input checks live in {@code internal}; no entity leaves the feature: other features and the forms get
 * records or {@code HomeDetails}, which the service copies onto the stored home after checking its version.
 * Whether a bed is occupied is the placements feature's business, not recorded here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base", "security"})
package org.aashray.homes;
