package org.aashray.reports.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.aashray.placements.ExitReason;

/**
 * The figures of one scope for one month, as the reader may see them: the same object feeds the dashboard,
 * the PDF, the CSV and the Excel file, so they always agree. Occupancy and movements are for the month (as of
 * {@code asOf}); the readiness pipeline and the overdue work are as they stand today ({@link Pipeline#on()}).
 * {@code confirmedReturns}: arrivals in the month that an earlier home confirmed as the same person (a possible
 * re-trafficking), a figure only.
 */
public record DistrictFigures(ReportScope scope, YearMonth month, LocalDate asOf, ZonedDateTime generatedAt,
                              boolean suppressed, long homes, long beds, Cell occupied, String utilisation,
                              Cell admissions, Map<ExitReason, Cell> exitsByReason, Cell exits,
                              String averageStayDays, String medianStayDays, Cell overStayLimit,
                              Cell overdueInspectionActions, List<HomeRow> homeRows, List<TypeRow> typeRows,
                              List<MonthPoint> last12Months, Pipeline pipeline, Cell overdueVerifications,
                              Cell overdueFollowUps, TrainingRates training, List<HomeWorkRow> workRows,
                              Cell confirmedReturns) {
}
