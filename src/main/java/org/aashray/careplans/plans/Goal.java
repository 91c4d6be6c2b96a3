package org.aashray.careplans.plans;

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
import org.aashray.careplans.GoalArea;
import org.aashray.careplans.GoalStatus;

@Entity
@Table(name = "care_plan_goals")
public class Goal {

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

    public Goal(long planId) {
        this.planId = planId;
    }

    public void set(GoalArea area, String text, String owner, LocalDate targetOn, GoalStatus status) {
        this.area = area;
        this.text = text;
        this.owner = owner;
        this.targetOn = targetOn;
        this.status = status;
    }

    public Long getId() { return id; }
    public long getPlanId() { return planId; }
    public GoalArea getArea() { return area; }
    public String getText() { return text; }
    public String getOwner() { return owner; }
    public LocalDate getTargetOn() { return targetOn; }
    public GoalStatus getStatus() { return status; }
    public long getVersion() { return version; }
}
