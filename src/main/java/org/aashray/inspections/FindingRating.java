package org.aashray.inspections;

public enum FindingRating {
    SATISFACTORY, NEEDS_IMPROVEMENT, UNSATISFACTORY
}
