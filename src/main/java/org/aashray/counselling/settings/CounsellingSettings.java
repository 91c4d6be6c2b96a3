package org.aashray.counselling.settings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

/** Working hours and limits of a home; the row without a home is the default for homes without their own. */
@Entity
@Table(name = "counselling_settings")
public class CounsellingSettings {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long homeId;
    private LocalTime dayStart;
    private LocalTime dayEnd;
    private int maxSessionMinutes;
    private int noSessionAlertDays;
    private int attendanceAlertDays = 2;
    @Version
    private long version;

    protected CounsellingSettings() {
    }

    public CounsellingSettings(Long homeId, LocalTime dayStart, LocalTime dayEnd, int maxSessionMinutes, int noSessionAlertDays) {
        this.homeId = homeId;
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.maxSessionMinutes = maxSessionMinutes;
        this.noSessionAlertDays = noSessionAlertDays;
    }

    public Long getId() { return id; }
    public Long getHomeId() { return homeId; }
    public LocalTime getDayStart() { return dayStart; }
    public void setDayStart(LocalTime dayStart) { this.dayStart = dayStart; }
    public LocalTime getDayEnd() { return dayEnd; }
    public void setDayEnd(LocalTime dayEnd) { this.dayEnd = dayEnd; }
    public int getMaxSessionMinutes() { return maxSessionMinutes; }
    public void setMaxSessionMinutes(int maxSessionMinutes) { this.maxSessionMinutes = maxSessionMinutes; }
    public int getNoSessionAlertDays() { return noSessionAlertDays; }
    public void setNoSessionAlertDays(int noSessionAlertDays) { this.noSessionAlertDays = noSessionAlertDays; }
    /** Days after a session ends before missing attendance becomes an alert. */
    public int getAttendanceAlertDays() { return attendanceAlertDays; }
    public void setAttendanceAlertDays(int attendanceAlertDays) { this.attendanceAlertDays = attendanceAlertDays; }
    public long getVersion() { return version; }
}
