package org.aashray.inspections;

/** What the inspectors found in one checklist area: the rating, and a note (required when unsatisfactory). */
public record Finding(InspectionArea area, FindingRating rating, String note) {
}
