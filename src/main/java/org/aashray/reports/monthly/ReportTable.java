package org.aashray.reports.monthly;

import java.util.List;

/**
 * A titled table of text cells: the one shape every output (page, PDF, CSV, Excel) renders. {@code chart} names
 * the chart drawn from the same numbers just before the table (in the page and the PDF), or is null.
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows, ReportCharts.Kind chart) {

    public ReportTable(String title, List<String> headers, List<List<String>> rows) {
        this(title, headers, rows, null);
    }
}
