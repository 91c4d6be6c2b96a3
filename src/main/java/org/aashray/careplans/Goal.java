package org.aashray.careplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "care_plan_goals")
class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long planId;
    @Enumerated(EnumType.STRING)
    private GoalArea area;
    @Column(name = "goal")
    private String text;
    private String owner;
    private LocalDate targetOn;
    @Enumerated(EnumType.STRING)
    private GoalStatus status;
    @Version
    private long version;

    protected Goal() {
    }

    Goal(long planId) {
        this.planId = planId;
    }

    void set(GoalArea area, String text, String owner, LocalDate targetOn, GoalStatus status) {
        this.area = area;
        this.text = text;
        this.owner = owner;
        this.targetOn = targetOn;
        this.status = status;
    }

    Long getId() { return id; }
    long getPlanId() { return planId; }
    GoalArea getArea() { return area; }
    String getText() { return text; }
    String getOwner() { return owner; }
    LocalDate getTargetOn() { return targetOn; }
    GoalStatus getStatus() { return status; }
    long getVersion() { return version; }
}
