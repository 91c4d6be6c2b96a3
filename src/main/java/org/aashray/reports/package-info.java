/**
 * District and home reports: occupancy dashboards with charts, the monthly occupancy report (PDF, CSV,
 * Excel) and the inspection report of a home. Read-only over the other features' public APIs; nothing
 * depends on it, so it has no API of its own and its root holds only this file.
 * <ul>
 * <li>{@code figures}: {@code DistrictReportService} computes a scope's figures for a month once
 * ({@code DistrictFigures}); the dashboard and every export show that same object, so they always agree.
 * District officials get counts only, with cells of 1 to 4 people shown as "&lt;5" ({@code Cell}) and rates
 * on such a base withheld.</li>
 * <li>{@code monthly}: the figures as titled tables ({@code MonthlyReportTables}), their charts
 * ({@code ReportCharts}) and the files ({@code MonthlyReportWriter}), written in the background by
 * {@code ReportGenerator} with the reader's security context.</li>
 * <li>{@code inspection}: a home's inspection report (PDF) in the shape inspection committees use.</li>
 * <li>{@code ui}: the dashboard page.</li>
 * </ul>
 * A new report figure goes into {@code DistrictFigures} and one table of {@code MonthlyReportTables}; the page,
 * the PDF and the spreadsheets then show it. Dates and months are written through
 * {@link org.aashray.base.i18n.DateFormats}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "homes", "inspections", "placements", "reintegration", "residents", "security", "training"})
package org.aashray.reports;
