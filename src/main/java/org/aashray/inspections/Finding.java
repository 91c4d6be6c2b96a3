package org.aashray.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What the inspectors found in one checklist area. */
@Embeddable
public class Finding {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InspectionArea area;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FindingRating rating;
    private String note;

    protected Finding() {
    }

    public Finding(InspectionArea area, FindingRating rating, String note) {
        this.area = area;
        this.rating = rating;
        this.note = note;
    }

    public InspectionArea getArea() { return area; }
    public FindingRating getRating() { return rating; }
    public String getNote() { return note; }
}
