/**
 * District and home reports: occupancy dashboards with charts, the monthly occupancy report (PDF, CSV,
 * Excel) and the inspection report of a home. Read-only over the other features' public APIs; nothing
 * depends on it. District officials get counts only, with cells under 5 shown as "<5".
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "inspections", "placements", "reintegration", "security", "training"})
package org.aashray.reports;
