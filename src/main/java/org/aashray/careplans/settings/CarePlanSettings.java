package org.aashray.careplans.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Days from admission to the plan, and between reviews, per home; the row without a home is the default. */
@Entity
@Table(name = "care_plan_settings")
public class CarePlanSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private int dueDays;
    private int reviewDays;
    @Version
    private long version;

    protected CarePlanSettings() {
    }

    CarePlanSettings(Long homeId, int dueDays, int reviewDays) {
        this.homeId = homeId;
        this.dueDays = dueDays;
        this.reviewDays = reviewDays;
    }

    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public int getDueDays() { return dueDays; }
    void setDueDays(int dueDays) { this.dueDays = dueDays; }
    public int getReviewDays() { return reviewDays; }
    void setReviewDays(int reviewDays) { this.reviewDays = reviewDays; }
    public long getVersion() { return version; }
}
