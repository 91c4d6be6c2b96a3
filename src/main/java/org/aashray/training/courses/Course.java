package org.aashray.training.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.aashray.training.enrolment.LiteracyLevel;

/** A vocational course the homes offer; administrators add more. */
@Entity
@Table(name = "training_courses")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "duration_hours")
    private Integer durationHours;
    @Column(name = "duration_weeks")
    private Integer durationWeeks;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_literacy")
    private LiteracyLevel minLiteracy = LiteracyLevel.NONE;
    @Enumerated(EnumType.STRING)
    private Delivery delivery = Delivery.IN_HOME;
    private boolean active = true;
    @Version
    private long version;

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getDurationHours() { return durationHours; }
    public void setDurationHours(Integer durationHours) { this.durationHours = durationHours; }
    public Integer getDurationWeeks() { return durationWeeks; }
    public void setDurationWeeks(Integer durationWeeks) { this.durationWeeks = durationWeeks; }
    public LiteracyLevel getMinLiteracy() { return minLiteracy; }
    public void setMinLiteracy(LiteracyLevel minLiteracy) { this.minLiteracy = minLiteracy; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    void setId(Long id) { this.id = id; }
    public void setVersion(long version) { this.version = version; }
}
