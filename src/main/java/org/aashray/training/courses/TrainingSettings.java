package org.aashray.training.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/** The limits an administrator may change (one row): minimum age, attendance threshold, outcome checks. */
@Entity
@Table(name = "training_settings")
public class TrainingSettings {

    public static final long ID = 1;

    @Id
    private Long id = ID;
    @Column(name = "min_age")
    private int minAge;
    @Column(name = "attendance_threshold")
    private int attendanceThreshold;
    @Column(name = "outcome_check_months")
    private String outcomeCheckMonths;
    @Column(name = "outcome_grace_days")
    private int outcomeGraceDays;
    @Version
    private long version;

    public Long getId() { return id; }
    public int getMinAge() { return minAge; }
    public void setMinAge(int minAge) { this.minAge = minAge; }
    public int getAttendanceThreshold() { return attendanceThreshold; }
    public void setAttendanceThreshold(int attendanceThreshold) { this.attendanceThreshold = attendanceThreshold; }
    public String getOutcomeCheckMonths() { return outcomeCheckMonths; }
    public void setOutcomeCheckMonths(String outcomeCheckMonths) { this.outcomeCheckMonths = outcomeCheckMonths; }
    public int getOutcomeGraceDays() { return outcomeGraceDays; }
    public void setOutcomeGraceDays(int outcomeGraceDays) { this.outcomeGraceDays = outcomeGraceDays; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** The months after completion at which outcomes are checked, e.g. [3, 6]; empty if unreadable. */
    public List<Integer> checkMonths() {
        try {
            return Arrays.stream(outcomeCheckMonths == null ? new String[0] : outcomeCheckMonths.split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().distinct().toList();
        } catch (NumberFormatException e) {
            return List.of();
        }
    }
}
