package org.aashray.reports.figures;

import java.time.YearMonth;

/** One month of the 12-month utilisation series. */
public record MonthPoint(YearMonth month, double utilisationPercent, Cell admissions, Cell exits) {
}
