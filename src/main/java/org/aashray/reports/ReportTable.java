package org.aashray.reports;

import java.util.List;

/** A titled table of text cells: the one shape every output (page, PDF, CSV, Excel) renders. */
public record ReportTable(String title, List<String> headers, List<List<String>> rows) {
}
