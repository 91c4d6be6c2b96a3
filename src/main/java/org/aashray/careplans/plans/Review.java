package org.aashray.careplans.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A review as it happened, with the goals as they stood then (kept even when goals change later). */
@Entity
@Table(name = "care_plan_reviews")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long planId;
    private LocalDate reviewedOn;
    private String reviewedBy;
    private String summary;
    @Column(name = "goals")
    private String goalsSnapshot;

    protected Review() {
    }

    public Review(long planId, LocalDate reviewedOn, String reviewedBy, String summary, String goalsSnapshot) {
        this.planId = planId;
        this.reviewedOn = reviewedOn;
        this.reviewedBy = reviewedBy;
        this.summary = summary;
        this.goalsSnapshot = goalsSnapshot;
    }

    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewedBy() { return reviewedBy; }
    public String getSummary() { return summary; }
    public String getGoalsSnapshot() { return goalsSnapshot; }
}
