package org.aashray.inspections.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.aashray.inspections.Finding;
import org.aashray.inspections.FindingRating;
import org.aashray.inspections.InspectionArea;

/** A finding as it is kept with its inspection (one row of inspection_findings). */
@Embeddable
class StoredFinding {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionArea area;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingRating rating;
    private String note;

    protected StoredFinding() {
    }

    StoredFinding(Finding finding) {
        this.area = finding.area();
        this.rating = finding.rating();
        this.note = finding.note();
    }

    Finding toFinding() {
        return new Finding(area, rating, note);
    }
}
