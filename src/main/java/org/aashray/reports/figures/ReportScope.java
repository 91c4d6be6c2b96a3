package org.aashray.reports.figures;

import java.util.List;

/** What a report covers: a district's homes, or one home; only homes the reader may see. */
public record ReportScope(String key, String name, Long districtId, List<Long> homeIds) {
}
