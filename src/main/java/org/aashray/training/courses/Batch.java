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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** One run of a course in a home: who teaches, where, when (a weekly timetable), how many seats, who pays. */
@Entity
@Table(name = "training_batches")
public class Batch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Column(name = "course_id")
    private Long courseId;
    private String provider;
    private String venue;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "days_of_week")
    private String daysOfWeek = "";
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private Integer capacity;
    private BigDecimal fee = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @Column(name = "fee_payer")
    private FeePayer feePayer = FeePayer.HOME;
    @Enumerated(EnumType.STRING)
    private BatchStatus status = BatchStatus.OPEN;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Version
    private long version;

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    public void setHomeId(long homeId) { this.homeId = homeId; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public BigDecimal getFee() { return fee; }
    public void setFee(BigDecimal fee) { this.fee = fee; }
    public FeePayer getFeePayer() { return feePayer; }
    public void setFeePayer(FeePayer feePayer) { this.feePayer = feePayer; }
    public BatchStatus getStatus() { return status; }
    public LocalDate getCompletedOn() { return completedOn; }

    /** Closes the batch on its end date: no more enrolment, attendance or timetable changes. */
    public void complete() {
        status = BatchStatus.COMPLETED;
        completedOn = endDate;
    }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    public Set<DayOfWeek> getDays() {
        return parseDays(daysOfWeek);
    }

    /**
     * Stored as three-letter names ("MON,TUE,SAT"): the full names of six or seven days ("MONDAY,...,SATURDAY",
     * 49 characters) do not fit days_of_week (VARCHAR(40)), and a six-day batch could not be saved.
     */
    public void setDays(Set<DayOfWeek> days) {
        this.daysOfWeek = days == null ? "" : days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    /** Reads the three-letter names and the full names rows written before them. */
    static Set<DayOfWeek> parseDays(String s) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (s != null && !s.isBlank()) {
            Arrays.stream(s.split(",")).map(String::trim).map(Batch::day).forEach(days::add);
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equals(name) || d.name().startsWith(name) && name.length() == 3) return d;
        }
        throw new IllegalArgumentException("No day " + name);
    }

    /** Copies what a form edits (not the home, status or id). */
    void copyFrom(Batch other) {
        courseId = other.courseId;
        provider = other.provider.trim();
        venue = other.venue.trim();
        startDate = other.startDate;
        endDate = other.endDate;
        daysOfWeek = other.daysOfWeek;
        startTime = other.startTime;
        endTime = other.endTime;
        capacity = other.capacity;
        fee = other.fee == null ? BigDecimal.ZERO : other.fee;
        feePayer = other.feePayer;
    }
}
